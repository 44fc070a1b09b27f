// make demo: a demo project with a GitHub integration, then a signed sequence of real-shaped GitHub deliveries
// (pushes, two CI runs with their jobs, a failure and its re-run, two production deployments) posted to the public
// hook path, with ids, shas and times new on every run and placed in the last hour. Run by deploy/local/demo.sh.
import { randomInt } from 'node:crypto';
import * as github from './github.mjs';

const DASHBOARD = process.env.DEMO_DASHBOARD_URL ?? 'http://127.0.0.1:5173';
const PROJECTS_DIRECT = process.env.DEMO_PROJECTS_URL ?? 'http://127.0.0.1:8001';
const USERNAME = process.env.DEVOPSTRACK_ADMIN_USERNAME || 'admin';
const PASSWORD = process.env.DEVOPSTRACK_ADMIN_PASSWORD || 'admin-change-me';
const PROJECT_NAME = process.env.DEMO_PROJECT_NAME ?? 'hello-world (GitHub demo)';
const PACE_MS = Number(process.env.DEMO_PACE_MS ?? 150); // between deliveries, so that the board moves visibly
const WAIT_S = Number(process.env.DEMO_WAIT_SECONDS ?? 90);

const say = (line) => console.log(`==> ${line}`);
const ok = (line) => console.log(`    ✓ ${line}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let token;

async function call(method, path, body, expected = [200, 201, 204]) {
  const response = await fetch(DASHBOARD + path, {
    method, headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!expected.includes(response.status)) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

async function login() {
  const response = await fetch(`${DASHBOARD}/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: USERNAME, password: PASSWORD }),
  });
  if (response.status !== 200) {
    throw new Error(`login as ${USERNAME} failed (${response.status}): set DEVOPSTRACK_ADMIN_USERNAME/PASSWORD`);
  }
  token = (await response.json()).accessToken;
  ok(`logged in as ${USERNAME}`);
}

/** The demo project, created on the first run, found by its name afterwards; with its repository and production. */
async function demoProject() {
  const found = await call('GET', `/projects?q=${encodeURIComponent(PROJECT_NAME)}&size=100`);
  let project = found.content.find((p) => p.name === PROJECT_NAME);
  if (project) {
    ok(`reusing project "${PROJECT_NAME}" (${project.id})`);
  } else {
    project = await call('POST', '/projects', {
      name: PROJECT_NAME, tags: ['demo', 'github'],
      description: 'Made by make demo: replayed GitHub Actions runs and deployments of Codertocat/Hello-World.',
    });
    ok(`created project "${PROJECT_NAME}" (${project.id})`);
  }
  project = await call('GET', `/projects/${project.id}`);
  if (!project.repositories.some((r) => r.url === github.repositoryUrl)) {
    await call('POST', `/projects/${project.id}/repositories`, { name: 'Hello-World', url: github.repositoryUrl, defaultBranch: 'main' });
    ok(`added repository ${github.repositoryUrl}`);
  }
  if (!project.environments.some((e) => e.name === 'production')) {
    await call('POST', `/projects/${project.id}/environments`, { name: 'production' });
    ok('added environment production');
  }
  return project;
}

/** The project's GitHub integration: created once; on later runs its secret is rotated (it is shown only then). */
async function githubIntegration(projectId) {
  const existing = (await call('GET', `/projects/${projectId}/integrations`)).find((i) => i.kind === 'github');
  if (existing) {
    const rotated = await call('POST', `/projects/${projectId}/integrations/${existing.id}/secret`);
    ok(`reusing GitHub integration ${existing.id} (secret rotated for this run)`);
    return rotated;
  }
  const created = await call('POST', `/projects/${projectId}/integrations`, { kind: 'github' });
  ok(`created GitHub integration ${created.id}`);
  return created;
}

function sender(base, secret) {
  let sent = 0;
  return {
    get sent() { return sent; },
    async deliver(event, payload, label) {
      const body = JSON.stringify(payload);
      const response = await fetch(base, { method: 'POST', headers: github.headers(event, body, secret), body });
      const answer = await response.text();
      if (response.status !== 202) throw new Error(`${event} (${label}): ${response.status} ${answer.slice(0, 300)}`);
      sent++;
      console.log(`    ${String(sent).padStart(2)} ${event.padEnd(17)} ${label.padEnd(44)} → 202 ${JSON.parse(answer).outcome}`);
      if (PACE_MS > 0) await sleep(PACE_MS);
    },
  };
}

/** GitHub's own first delivery; tells whether the dashboard routes /hooks (else projects-service directly). */
async function hookBase(hookPath, secret) {
  const body = JSON.stringify(github.ping(randomInt(1e8, 1e9)));
  for (const [base, note] of [[DASHBOARD, 'through the dashboard'], [PROJECTS_DIRECT, 'straight to projects-service']]) {
    const response = await fetch(base + hookPath, { method: 'POST', headers: github.headers('ping', body, secret), body })
      .catch(() => null);
    if (response?.status === 202) {
      ok(`ping ${base}${hookPath} → 202 (${note})`);
      if (base !== DASHBOARD) {
        console.log(`    ! the dashboard at ${DASHBOARD} does not route /hooks yet: posting to projects-service on ${PROJECTS_DIRECT}`);
      }
      return base + hookPath;
    }
  }
  throw new Error(`ping to ${hookPath} was not accepted, neither through ${DASHBOARD} nor on ${PROJECTS_DIRECT}`);
}

/** One CI run attempt: requested, in_progress, each job queued → in_progress → completed, then the run completed. */
async function ciRun(hook, run, jobs, conclusion) {
  const label = `CI #${run.number} attempt ${run.attempt}`;
  await hook.deliver('workflow_run', github.workflowRun(run, 'requested'), `${label} requested`);
  await hook.deliver('workflow_run', github.workflowRun({ ...run, updatedAt: run.startedAt }, 'in_progress'), `${label} in_progress`);
  for (const job of jobs) {
    await hook.deliver('workflow_job', github.workflowJob(job, 'queued'), `${label} ${job.name} queued`);
    await hook.deliver('workflow_job', github.workflowJob(job, 'in_progress'), `${label} ${job.name} in_progress`);
    await hook.deliver('workflow_job', github.workflowJob(job, 'completed', job.conclusion), `${label} ${job.name} ${job.conclusion}`);
  }
  await hook.deliver('workflow_run', github.workflowRun(run, 'completed', conclusion), `${label} ${conclusion}`);
}

/** Jobs one after the other from the run's start, each {name, minutes, conclusion}. */
function jobsOf(run, specs, firstJobId) {
  let at = run.startedAt;
  return specs.map((spec, i) => {
    const job = { id: firstJobId + i, name: spec.name, run, steps: spec.steps, conclusion: spec.conclusion,
      createdAt: at, startedAt: at + 5_000, completedAt: at + spec.minutes * 60_000 };
    at = job.completedAt;
    return job;
  });
}

async function deploy(hook, deployment, startedAt, finishedAt, statusId) {
  const label = `${deployment.environment} ${deployment.sha.slice(0, 7)}`;
  await hook.deliver('deployment_status', github.deploymentStatus(deployment, 'in_progress', startedAt, statusId), `${label} in_progress`);
  await hook.deliver('deployment_status', github.deploymentStatus(deployment, 'success', finishedAt, statusId + 1), `${label} success`);
}

async function replay(hook) {
  const now = Date.now();
  const min = (m) => now - m * 60_000;
  // ids grow with time like GitHub's, and differ on every run of the demo
  const base = Math.floor(now / 1000);
  const runId = base * 10;
  const jobId = base * 100;
  const number = (base % 10_000) * 10;
  const steps = { build: ['Set up job', 'Checkout', 'Set up JDK 17', 'mvn package', 'Complete job'],
    test: ['Set up job', 'Checkout', 'Set up JDK 17', 'mvn verify', 'Complete job'],
    package: ['Set up job', 'Checkout', 'docker build', 'docker push', 'Complete job'] };
  const ci = (conclusions, minutes) => ['build', 'test', 'package'].map((name, i) =>
    ({ name, steps: steps[name], minutes: minutes[i], conclusion: conclusions[i] })).filter((j) => j.conclusion);

  const a = { id: github.sha(), message: 'Add the health check endpoint', timestamp: min(55) };
  say('push of 1 commit to main, CI run, deployment to production');
  await hook.deliver('push', github.push({ commits: [a] }), `main ← ${a.id.slice(0, 7)}`);
  const runA = { id: runId + 1, number: number + 1, attempt: 1, name: 'CI', path: '.github/workflows/ci.yml',
    branch: 'main', commit: a, createdAt: min(54), startedAt: min(54) + 20_000, updatedAt: min(46) };
  await ciRun(hook, runA, jobsOf(runA, ci(['success', 'success', 'success'], [3, 4, 1]), jobId + 10), 'success');
  await deploy(hook, { id: base * 3 + 1, sha: a.id, ref: 'main', environment: 'production', createdAt: min(45) },
    min(45), min(43), base * 7 + 10);

  const b1 = { id: github.sha(), message: 'Cache the project list', timestamp: min(35) };
  const b2 = { id: github.sha(), message: 'Fix the cache key of the project list', timestamp: min(32) };
  say('push of 2 commits, CI run failing in test, its re-run (attempt 2) passing, deployment to production');
  await hook.deliver('push', github.push({ before: a.id, commits: [b1, b2] }), `main ← ${b1.id.slice(0, 7)} ${b2.id.slice(0, 7)}`);
  const runB = { id: runId + 2, number: number + 2, attempt: 1, name: 'CI', path: '.github/workflows/ci.yml',
    branch: 'main', commit: b2, createdAt: min(31), startedAt: min(31) + 15_000, updatedAt: min(24) };
  await ciRun(hook, runB, jobsOf(runB, ci(['success', 'failure', null], [3, 4]), jobId + 20), 'failure');
  const rerun = { ...runB, attempt: 2, createdAt: min(20), startedAt: min(20) + 10_000, updatedAt: min(11) };
  await ciRun(hook, rerun, jobsOf(rerun, ci(['success', 'success', 'success'], [3, 5, 1]), jobId + 30), 'success');
  await deploy(hook, { id: base * 3 + 2, sha: b2.id, ref: 'main', environment: 'production', createdAt: min(10) },
    min(10), min(8), base * 7 + 20);
  return [runA, runB, rerun];
}

const DEPLOYMENTS = 2; // the production deployments replay() sends
/** Successful deployments in /stats/delivery's default range (the last 7 days), from their frequency per day. */
const deploymentsIn = (delivery) => Math.round((delivery.deploymentFrequencyPerDay ?? 0) * 7);

/** Polls until probe gives a value; after WAIT_S, says what did not show and gives null. */
async function waitFor(what, probe) {
  const deadline = Date.now() + WAIT_S * 1000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) {
      console.log(`    ! ${what} did not show within ${WAIT_S} s`);
      missing.push(what);
      return null;
    }
    await sleep(1000);
  }
}
const missing = [];

async function main() {
  say(`logging in on ${DASHBOARD}`);
  await login();
  say('demo project, repository, production environment, GitHub integration');
  const project = await demoProject();
  const integration = await githubIntegration(project.id);
  const hook = sender(await hookBase(integration.hookPath, integration.secret), integration.secret);
  const before = await call('GET', `/stats/summary?projectId=${project.id}`);
  const deploymentsBefore = deploymentsIn(await call('GET', `/stats/delivery?projectId=${project.id}`));

  const runs = await replay(hook);
  say(`${hook.sent} signed deliveries accepted; waiting for the runs as jobs and for the figures (up to ${WAIT_S} s)`);
  const jobs = await waitFor('the 3 runs as finished jobs in GET /tasks', async () => {
    const page = await call('GET', `/tasks?projectId=${project.id}&source=github&size=100`);
    const mine = runs.map((r) => page.content.find((j) => j.externalId === String(r.id) && (j.attempt ?? 1) === r.attempt));
    return mine.every((j) => j && ['SUCCEEDED', 'FAILED'].includes(j.status)) ? mine : null;
  });
  for (const job of jobs ?? []) ok(`job ${job.id}: ${job.pipeline} ${job.externalId} attempt ${job.attempt} ${job.status}, ${job.stages?.length ?? 0} stages`);
  const summary = await waitFor('the 3 runs in /stats/summary', async () => {
    const s = await call('GET', `/stats/summary?projectId=${project.id}`);
    return s.total >= before.total + runs.length ? s : null;
  }) ?? await call('GET', `/stats/summary?projectId=${project.id}`);
  const delivery = await waitFor(`the ${DEPLOYMENTS} production deployments in /stats/delivery`, async () => {
    const d = await call('GET', `/stats/delivery?projectId=${project.id}`);
    return d.leadTimeHours != null && deploymentsIn(d) >= deploymentsBefore + DEPLOYMENTS ? d : null;
  }) ?? await call('GET', `/stats/delivery?projectId=${project.id}`);

  console.log(`
Open ${DASHBOARD} (log in as ${USERNAME}), then:
  project page  ${DASHBOARD}/dashboard/projects/${project.id}
  jobs board    ${DASHBOARD}/jobs
  metrics       ${DASHBOARD}/metrics
Figures of this project, last 7 days (every run of make demo adds 3 runs and ${DEPLOYMENTS} production deployments):
  GET /stats/summary?projectId=${project.id}
    ${JSON.stringify(summary)}
  GET /stats/delivery?projectId=${project.id}
    ${JSON.stringify(delivery)}`);
  if (missing.length) {
    throw new Error(`not shown in time: ${missing.join('; ')} (tasks-service reads the runs from the Redis stream ` +
      `devopstrack:external-runs, metrics-service the execution records; see .local/logs/)`);
  }
}

main().catch((e) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
