// Real GitHub webhook payloads from @octokit/webhooks-examples 7.6.1, rewritten to new ids, shas and times, and
// signed as GitHub signs them. Used by make demo (demo.mjs) and bench/hooks.sh (bench/hooks/bench.mjs).
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const examples = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8'));

/** The first example of an event that matches, deep-copied so that every caller may change it. */
function example(event, matches = () => true) {
  const found = examples.find((e) => e.name === event)?.examples.find(matches);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event} example of that shape`);
  return structuredClone(found);
}

const pushTemplate = example('push', (p) => p.ref.startsWith('refs/heads/') && p.commits.length > 0);
const pingTemplate = example('ping');
const runTemplates = {
  requested: example('workflow_run', (p) => p.action === 'requested' && p.workflow_run.status === 'queued'),
  completed: example('workflow_run', (p) => p.action === 'completed' && p.workflow_run.conclusion === 'success'),
};
const jobTemplates = {
  queued: example('workflow_job', (p) => p.action === 'queued' && p.workflow_job.status === 'queued'),
  in_progress: example('workflow_job', (p) => p.action === 'in_progress' && p.workflow_job.workflow_name),
  completed: example('workflow_job', (p) => p.action === 'completed' && p.workflow_job.conclusion === 'success'),
};
const deploymentTemplate = example('deployment_status', (p) => p.deployment_status.environment === 'production');

// Every payload names the same repository, the one of the push example (Codertocat/Hello-World).
const repository = pushTemplate.repository;
const sender = pushTemplate.sender;
export const repositoryUrl = repository.html_url;
const repoPath = repository.full_name;
const api = repository.url; // the repository's REST address, as the examples write it

/** GitHub writes times to the second: 2026-03-01T10:00:00Z. */
export const iso = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
export const sha = () => randomBytes(20).toString('hex');

/** Replaces every other repository's name in the payload's strings by ours (the examples mix three). */
function retarget(payload) {
  const text = JSON.stringify(payload).replaceAll('octo-org/octo-repo', repoPath)
    .replaceAll('octo-org/example-workflow', repoPath);
  const out = JSON.parse(text);
  out.repository = repository;
  out.sender = sender;
  return out;
}

/** push of commits [{id, message, timestamp(ms)}] to branch. */
export function push({ branch = 'main', before = '0'.repeat(40), commits }) {
  const p = structuredClone(pushTemplate);
  const [commitTemplate] = p.commits;
  p.ref = `refs/heads/${branch}`;
  p.before = before;
  p.after = commits.at(-1).id;
  p.created = before === '0'.repeat(40);
  p.compare = `${repositoryUrl}/compare/${before.slice(0, 12)}...${p.after.slice(0, 12)}`;
  p.commits = commits.map((c) => ({
    ...structuredClone(commitTemplate), id: c.id, tree_id: sha(), message: c.message, timestamp: iso(c.timestamp),
    url: `${repositoryUrl}/commit/${c.id}`, added: [], modified: c.files ?? ['README.md'],
  }));
  p.head_commit = p.commits.at(-1);
  return retarget(p);
}

/**
 * workflow_run at one of its states: action requested (queued), in_progress or completed (conclusion).
 * run: {id, number, attempt, name, path, branch, commit: {id, message, timestamp}, createdAt, startedAt, updatedAt}
 */
export function workflowRun(run, action, conclusion = null) {
  const p = structuredClone(action === 'requested' ? runTemplates.requested : runTemplates.completed);
  const r = p.workflow_run;
  const runApi = `${api}/actions/runs/${run.id}`;
  p.action = action;
  p.workflow = { ...p.workflow, name: run.name, path: run.path };
  Object.assign(r, {
    id: run.id, name: run.name, path: run.path, display_title: run.commit.message.split('\n')[0],
    run_number: run.number, run_attempt: run.attempt, event: 'push', head_branch: run.branch, head_sha: run.commit.id,
    status: action === 'requested' ? 'queued' : action, conclusion: action === 'completed' ? conclusion : null,
    created_at: iso(run.createdAt), run_started_at: iso(run.startedAt ?? run.createdAt), updated_at: iso(run.updatedAt),
    html_url: `${repositoryUrl}/actions/runs/${run.id}${run.attempt > 1 ? `/attempts/${run.attempt}` : ''}`,
    url: runApi, jobs_url: `${runApi}/jobs`, logs_url: `${runApi}/logs`, artifacts_url: `${runApi}/artifacts`,
    cancel_url: `${runApi}/cancel`, rerun_url: `${runApi}/rerun`,
    previous_attempt_url: run.attempt > 1 ? `${runApi}/attempts/${run.attempt - 1}` : null,
    head_commit: { ...r.head_commit, id: run.commit.id, tree_id: sha(), message: run.commit.message,
      timestamp: iso(run.commit.timestamp) },
  });
  return retarget(p);
}

/**
 * workflow_job at one of its states: queued, in_progress or completed (conclusion).
 * job: {id, name, run (as for workflowRun), steps: [names], createdAt, startedAt, completedAt}
 */
export function workflowJob(job, action, conclusion = null) {
  const p = structuredClone(jobTemplates[action]);
  const j = p.workflow_job;
  const { run } = job;
  const stepTime = (i) => job.startedAt + ((job.completedAt ?? job.startedAt) - job.startedAt) * i / job.steps.length;
  Object.assign(j, {
    id: job.id, run_id: run.id, run_attempt: run.attempt, workflow_name: run.name, name: job.name,
    head_sha: run.commit.id, head_branch: run.branch, status: action, conclusion: action === 'completed' ? conclusion : null,
    created_at: iso(job.createdAt), started_at: iso(action === 'queued' ? job.createdAt : job.startedAt),
    completed_at: action === 'completed' ? iso(job.completedAt) : null,
    url: `${api}/actions/jobs/${job.id}`, run_url: `${api}/actions/runs/${run.id}`,
    html_url: `${repositoryUrl}/actions/runs/${run.id}/job/${job.id}`, check_run_url: `${api}/check-runs/${job.id}`,
    steps: action === 'queued' ? [] : job.steps.map((name, i) => {
      const done = action === 'completed' || i < job.steps.length - 1;
      const failed = action === 'completed' && conclusion === 'failure' && i === job.steps.length - 1;
      return { name, number: i + 1, status: done ? 'completed' : 'in_progress',
        conclusion: done ? (failed ? 'failure' : 'success') : null,
        started_at: iso(stepTime(i)), completed_at: done ? iso(stepTime(i + 1)) : null };
    }),
  });
  return retarget(p);
}

/** deployment_status of deployment {id, sha, ref, environment, createdAt} at state (in_progress, success, failure). */
export function deploymentStatus(deployment, state, at, statusId) {
  const p = structuredClone(deploymentTemplate);
  const deploymentApi = `${api}/deployments/${deployment.id}`;
  Object.assign(p.deployment, {
    id: deployment.id, sha: deployment.sha, ref: deployment.ref, environment: deployment.environment,
    original_environment: deployment.environment, created_at: iso(deployment.createdAt), updated_at: iso(at),
    url: deploymentApi, statuses_url: `${deploymentApi}/statuses`,
  });
  Object.assign(p.deployment_status, {
    id: statusId, state, environment: deployment.environment, created_at: iso(at), updated_at: iso(at),
    url: `${deploymentApi}/statuses/${statusId}`, deployment_url: deploymentApi,
  });
  return retarget(p);
}

export function ping(hookId) {
  const p = structuredClone(pingTemplate);
  p.hook_id = hookId;
  return retarget(p);
}

/** The headers GitHub sends with a delivery, X-Hub-Signature-256 being the HMAC-SHA256 of the exact body. */
export function headers(event, body, secret, deliveryId = randomUUID()) {
  return {
    'Content-Type': 'application/json',
    'User-Agent': 'GitHub-Hookshot/devopstrack-demo',
    'X-GitHub-Event': event,
    'X-GitHub-Delivery': deliveryId,
    'X-GitHub-Hook-Installation-Target-Type': 'repository',
    'X-Hub-Signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
  };
}
