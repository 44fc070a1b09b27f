// Benchmark of the GitHub hook on loopback against the running stack (run by bench/hooks.sh).
// Per step (a rate in deliveries/s, a fixed time, a project and integration of its own): signed workflow_run
// (requested, completed) and workflow_job (completed) deliveries, three per run, built and signed before the step,
// sent open-loop at that rate over keep-alive connections. Measured: accepted deliveries/s, hook answer p50/p99, time
// from the 202 of a run's first delivery to its job answering GET /tasks/{id} (one run in every N), the run events
// the relay published (the stream's entries-added), CPU per process; then, once drained, every job of the project is
// listed: each accepted run must be exactly one job, SUCCEEDED (lost = duplicated = 0).
import http from 'node:http';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as github from '../../deploy/local/demo/github.mjs';

const env = (name, fallback) => process.env[name] ?? fallback;
const RATES = env('HOOKS_BENCH_RATES', '250,500,1000,1500').split(/[\s,]+/).filter(Boolean).map(Number);
if (!RATES.length || RATES.some((rate) => !(rate > 0))) {
  console.error(`HOOKS_BENCH_RATES must list deliveries/s above 0, e.g. 250,500,1000 (got '${process.env.HOOKS_BENCH_RATES}')`);
  process.exit(2);
}
const STEP_S = Number(env('HOOKS_BENCH_STEP_SECONDS', 20));
const DRAIN_S = Number(env('HOOKS_BENCH_DRAIN_SECONDS', 20));
// A JVM just started runs interpreted, then compiles for minutes (projects-service's compilers took 100 s of CPU in
// its first 10 minutes under this load): warm-up steps (each its own project, not in the table) are repeated until
// one keeps up (all offered accepted, hook p99 under WARM_P99_MS, drained), at most WARMUP_ROUNDS times.
const WARMUP = env('HOOKS_BENCH_WARMUP', '500x30').split('x').map(Number);
const WARMUP_ROUNDS = Number(env('HOOKS_BENCH_WARMUP_ROUNDS', 4));
const WARM_P99_MS = Number(env('HOOKS_BENCH_WARM_P99_MS', 50));
const SAMPLES_PER_S = Number(env('HOOKS_BENCH_SAMPLES_PER_SECOND', 5));
const MAX_IN_FLIGHT = Number(env('HOOKS_BENCH_MAX_IN_FLIGHT', 128));
const HOOK_BASE = env('HOOKS_BENCH_HOOK_URL', 'http://127.0.0.1:5173');
const AUTH = 'http://127.0.0.1:8000', PROJECTS = 'http://127.0.0.1:8001', TASKS = 'http://127.0.0.1:8002';
const STREAM = env('EXTERNAL_RUNS_STREAM', 'devopstrack:external-runs');
const PIDS = Object.fromEntries(env('HOOKS_BENCH_PIDS', '').split(',').filter(Boolean).map((kv) => kv.split('=')));
const STAMP = env('HOOKS_BENCH_STAMP', String(Date.now()));
const CLK_TCK = Number(env('HOOKS_BENCH_CLK_TCK', 100));
const JSON_OUT = env('HOOKS_BENCH_JSON', '');
const SLOW_MS = 50; // the hook p99 target

const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });
const apiAgent = new http.Agent({ keepAlive: true, maxSockets: 32 });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now();
let token;

function request(url, { method = 'GET', headers = {}, body, via = apiAgent } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: via }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function api(method, url, body, expected = [200, 201, 204]) {
  const headers = { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) };
  const res = await request(url, { method, headers, body: body && JSON.stringify(body) });
  if (!expected.includes(res.status)) throw new Error(`${method} ${url}: ${res.status} ${res.body.slice(0, 200)}`);
  return res.body ? JSON.parse(res.body) : null;
}

/** tasks-service's job id of a run attempt (RunMerge.jobId: Java's UUID.nameUUIDFromBytes, a type 3 UUID). */
function jobId(projectId, externalId, attempt) {
  const md5 = createHash('md5').update(`github\n${projectId}\n${externalId}\n${attempt}`).digest();
  md5[6] = (md5[6] & 0x0f) | 0x30;
  md5[8] = (md5[8] & 0x3f) | 0x80;
  const hex = md5.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The three deliveries of run i: requested, its one job completed, the run completed (success). */
function runDeliveries(i, base) {
  const t = Date.now();
  const commit = { id: github.sha(), message: `bench commit ${i}`, timestamp: t - 60_000 };
  const run = { id: base + i, number: i + 1, attempt: 1, name: 'bench', path: '.github/workflows/bench.yml',
    branch: 'main', commit, createdAt: t - 30_000, startedAt: t - 29_000, updatedAt: t };
  const job = { id: base * 10 + i, name: 'build', run, steps: ['Set up job', 'Build', 'Complete job'],
    createdAt: t - 29_000, startedAt: t - 28_000, completedAt: t - 1_000 };
  return [['workflow_run', github.workflowRun({ ...run, updatedAt: t - 29_000 }, 'requested')],
    ['workflow_job', github.workflowJob(job, 'completed', 'success')],
    ['workflow_run', github.workflowRun(run, 'completed', 'success')]].map(([event, p]) => [event, JSON.stringify(p)]);
}

function percentile(values, p) {
  if (!values.length) return null;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p / 100) - 1))];
}

function cpuSeconds() {
  const out = {};
  for (const [name, pids] of Object.entries(PIDS)) {
    out[name] = 0;
    for (const pid of pids.split('+')) { // a server and the processes below it
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        out[name] += (Number(fields[11]) + Number(fields[12])) / CLK_TCK; // utime + stime
      } catch { /* gone since the bench started */ }
    }
  }
  const self = process.cpuUsage();
  out.client = (self.user + self.system) / 1e6;
  return out;
}

function redis(...args) {
  try { return execFileSync('redis-cli', args, { encoding: 'utf8' }).trim(); } catch { return ''; }
}
/**
 * What the relay has published (`entries-added`, which consumed entries deleted by tasks-service do not lower, unlike
 * XLEN) and what the tasks-service group has read but not acknowledged yet. Read outside the timed sends only:
 * redis-cli runs synchronously and would stall the client's event loop.
 */
function streamState() {
  const info = redis('xinfo', 'stream', STREAM).split('\n');
  const addedAt = info.indexOf('entries-added');
  const groups = redis('xinfo', 'groups', STREAM).split('\n');
  const pendingAt = groups.indexOf('pending');
  return { added: addedAt >= 0 ? Number(info[addedAt + 1]) || 0 : 0,
    pending: pendingAt >= 0 ? Number(groups[pendingAt + 1]) || 0 : null };
}

async function countJobs(projectId, status) {
  const page = await api('GET', `${TASKS}/tasks?projectId=${projectId}&source=github&size=1${status ? `&status=${status}` : ''}`);
  return page.page.totalElements;
}

/**
 * Every job of the project, by (externalId, attempt): how many runs have none, and how many have more than one.
 * The list is newest first, so jobs created while it is paged shift the same job onto the next page: counted
 * once by its id (two different job ids for one run are a real duplicate).
 */
async function audit(projectId, expectedIds) {
  const seen = new Map();
  const jobIds = new Set();
  for (let page = 0; ; page++) {
    const res = await api('GET', `${TASKS}/tasks?projectId=${projectId}&source=github&size=100&page=${page}`);
    for (const job of res.content) {
      if (jobIds.has(job.id)) continue;
      jobIds.add(job.id);
      const key = `${job.externalId}#${job.attempt}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    if (page + 1 >= res.page.totalPages) break;
  }
  let lost = 0, duplicated = 0;
  for (const id of expectedIds) {
    const n = seen.get(`${id}#1`) ?? 0;
    if (n === 0) lost++;
    if (n > 1) duplicated += n - 1;
  }
  const unexpected = [...seen.keys()].filter((k) => !expectedIds.has(Number(k.split('#')[0]))).length;
  return { lost, duplicated: duplicated + unexpected };
}

async function step(rate, seconds = STEP_S, label = String(rate)) {
  const project = await api('POST', `${PROJECTS}/projects`, { name: `bench-hooks-${STAMP}-${label}`, tags: ['bench'] });
  const integration = await api('POST', `${PROJECTS}/projects/${project.id}/integrations`, { kind: 'github' });
  const hookUrl = HOOK_BASE + integration.hookPath;
  const runBase = Math.floor(Date.now() / 1000) * 100_000;
  const runsPerSecond = rate / 3;
  const sampleEvery = Math.max(1, Math.round(runsPerSecond / SAMPLES_PER_S));

  const answers = [], visible = [], statuses = {}, slowBySecond = {};
  const acceptedRuns = new Set();
  let sent = 0, answered = 0, accepted = 0, inFlight = 0, lastAnswer = 0, pollers = 0, notVisible = 0;
  // Every delivery of the step is built and signed before the clock starts, so that the client spends its share of
  // the two cores on sending, as GitHub's senders (on machines of their own) would.
  const queue = [];
  const runs = Math.ceil(rate * seconds / 3);
  for (let i = 0; i < runs; i++) {
    runDeliveries(i, runBase).forEach(([event, body], n) =>
      queue.push([body, github.headers(event, body, integration.secret), i, n === 0]));
  }

  async function watch(externalId, from) {
    pollers++;
    const id = jobId(project.id, externalId, 1);
    const deadline = from + (seconds + DRAIN_S) * 1000;
    while (now() < deadline) {
      const res = await request(`${TASKS}/tasks/${id}`, { headers: { Authorization: `Bearer ${token}` } });
      if (res.status === 200) { visible.push(now() - from); pollers--; return; }
      // every 20 ms for the first second, then less often: when the platform falls behind, the pollers' own
      // requests (a JWT check each) would take the CPU it needs to catch up
      const waited = now() - from;
      await sleep(waited < 1000 ? 20 : waited < 5000 ? 100 : 500);
    }
    notVisible++;
    pollers--;
  }

  function send(body, headers, runIndex, first) {
    const started = now();
    inFlight++; sent++;
    request(hookUrl, { method: 'POST', body, via: agent, headers })
      .then((res) => {
        const t = now();
        answers.push(t - started);
        // when the slow answers came (a stall shows as one second with many): in the JSON file
        if (t - started > SLOW_MS) {
          const second = Math.floor((started - start) / 1000);
          slowBySecond[second] = (slowBySecond[second] ?? 0) + 1;
        }
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status === 202 && JSON.parse(res.body).outcome === 'ACCEPTED') {
          accepted++;
          if (first) {
            acceptedRuns.add(runBase + runIndex);
            if (runIndex % sampleEvery === 0) watch(runBase + runIndex, t);
          }
        }
        lastAnswer = t;
      })
      .catch(() => { statuses.error = (statuses.error ?? 0) + 1; })
      .finally(() => { inFlight--; answered++; });
  }

  const cpuBefore = cpuSeconds(), streamBefore = streamState();
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const start = now();
  const end = start + seconds * 1000;
  let next = 0;
  const cpuBySecond = [];
  let cpuMark = cpuBefore, cpuMarkAt = start;
  while (now() < end && next < queue.length) {
    if (now() - cpuMarkAt >= 1000) {
      const cpu = cpuSeconds();
      cpuBySecond.push(Object.fromEntries(Object.keys(cpu).map((k) => [k, +(cpu[k] - cpuMark[k]).toFixed(2)])));
      cpuMark = cpu; cpuMarkAt = now();
    }
    const due = Math.floor((now() - start) / 1000 * rate) - sent;
    for (let k = 0; k < due && inFlight < MAX_IN_FLIGHT && next < queue.length; k++) send(...queue[next++]);
    await sleep(2);
  }
  // what a server slower than the rate left unsent: sent now, unpaced, so that every run is complete
  while (next < queue.length) {
    if (inFlight < MAX_IN_FLIGHT) send(...queue[next++]); else await sleep(1);
  }
  queue.length = 0;
  while (inFlight > 0) await sleep(5);
  const sendSeconds = (lastAnswer - start) / 1000;
  const cpuSent = cpuSeconds();

  // drain: every accepted run a SUCCEEDED job (or the drain time is over)
  const drainStart = now();
  let total = 0, succeeded = 0;
  while (now() - drainStart < DRAIN_S * 1000) {
    [total, succeeded] = await Promise.all([countJobs(project.id), countJobs(project.id, 'SUCCEEDED')]);
    if (succeeded >= acceptedRuns.size && pollers === 0) break;
    await sleep(250);
  }
  const drainSeconds = (now() - drainStart) / 1000;
  const streamAfter = streamState();
  const { lost, duplicated } = await audit(project.id, acceptedRuns);
  const cpuAfter = cpuSeconds();
  const cores = Object.fromEntries(Object.keys(cpuAfter).map((k) =>
    [k, ((cpuSent[k] - cpuBefore[k]) / sendSeconds).toFixed(2)]));

  return {
    rate, seconds: sendSeconds.toFixed(1), sent, accepted, acceptedPerSecond: Math.round(accepted / sendSeconds),
    statuses, p50: percentile(answers, 50), p99: percentile(answers, 99), max: percentile(answers, 100),
    runs: acceptedRuns.size, samples: visible.length, notVisible, visibleP50: percentile(visible, 50),
    visibleP99: percentile(visible, 99), drainSeconds: drainSeconds.toFixed(1), drained: succeeded >= acceptedRuns.size,
    jobs: total, succeeded, lost,
    duplicated, startedAt: new Date(Date.now() - (now() - start)).toISOString(), slowBySecond, cpuBySecond, relayed: streamAfter.added - streamBefore.added, unacknowledged: streamAfter.pending, cores, load, projectId: project.id,
  };
}

const ms = (v) => (v == null ? '-' : `${v.toFixed(v < 10 ? 1 : 0)} ms`);

async function main() {
  const login = await request(`${AUTH}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: env('DEVOPSTRACK_ADMIN_USERNAME', 'admin') || 'admin',
      password: env('DEVOPSTRACK_ADMIN_PASSWORD', 'admin-change-me') || 'admin-change-me' }) });
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status}`);
  token = JSON.parse(login.body).accessToken;
  console.log(`hook: ${HOOK_BASE}/hooks/github/<id>; rates ${RATES.join(', ')} deliveries/s, ${STEP_S} s each, ` +
    `3 deliveries per run, ${SAMPLES_PER_S} runs/s watched on GET /tasks/{id}, at most ${MAX_IN_FLIGHT} in flight`);
  const results = [];
  for (let round = 1; WARMUP[0] > 0 && WARMUP[1] > 0 && round <= WARMUP_ROUNDS; round++) {
    const w = await step(WARMUP[0], WARMUP[1], `warm-up-${round}`);
    const warm = w.acceptedPerSecond >= 0.98 * WARMUP[0] && w.p99 < WARM_P99_MS && w.drained;
    console.log(`  warm-up ${round}/${WARMUP_ROUNDS}, ${WARMUP[0]}/s for ${WARMUP[1]} s (HOOKS_BENCH_WARMUP, not in the ` +
      `table): ${w.acceptedPerSecond} accepted/s, hook p99 ${ms(w.p99)}, visible p99 ${ms(w.visibleP99)}, ` +
      (w.drained ? `lost ${w.lost}, duplicated ${w.duplicated}` : `not drained in ${w.drainSeconds} s`) +
      (warm ? ': warm' : round < WARMUP_ROUNDS ? ': not warm yet, again' : ': still not warm, measuring anyway'));
    if (!process.env.HOOKS_BENCH_KEEP) await api('DELETE', `${PROJECTS}/projects/${w.projectId}`, null, [204, 404]);
    if (warm) break;
  }
  for (const [n, rate] of RATES.entries()) {
    const r = await step(rate, STEP_S, `${n + 1}-${rate}`);
    results.push(r);
    console.log(`  ${rate}/s: ${r.acceptedPerSecond} accepted/s, hook p99 ${ms(r.p99)}, visible p99 ${ms(r.visibleP99)}, ` +
      `${r.runs} runs → ${r.jobs} jobs (${r.succeeded} SUCCEEDED) after ${r.drainSeconds} s of drain, lost ${r.lost}, ` +
      `duplicated ${r.duplicated}; ${r.relayed} run events relayed, ${r.unacknowledged} unacknowledged after the drain; ` +
      `answers over ${SLOW_MS} ms by second of the step: ${JSON.stringify(r.slowBySecond)}`);
  }
  const header = '| target/s | accepted/s | hook p50 | hook p99 | 202 → job visible p50 / p99 (samples) | drain after last 202 | runs | lost | duplicated | non-202 | CPU cores (' + Object.keys(results[0].cores).join(' / ') + ') | load |';
  const lines = [header, `|${header.split('|').slice(1, -1).map(() => '---').join('|')}|`];
  for (const r of results) {
    const non202 = Object.entries(r.statuses).filter(([s]) => s !== '202').map(([s, n]) => `${n}×${s}`).join(' ') || '0';
    lines.push(`| ${r.rate} | ${r.acceptedPerSecond} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.visibleP50)} / ${ms(r.visibleP99)} (${r.samples}${r.notVisible ? `, ${r.notVisible} never` : ''}) | ${r.drained ? `${r.drainSeconds} s` : `not drained in ${r.drainSeconds} s`} | ${r.runs} | ${r.lost} | ${r.duplicated} | ${non202} | ${Object.values(r.cores).join(' / ')} | ${r.load} |`);
  }
  console.log(`\n${lines.join('\n')}`);
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ results }, null, 1));
  // the projects are deleted (their jobs stay in tasks-service, under the project ids above)
  if (!process.env.HOOKS_BENCH_KEEP) {
    for (const r of results) await api('DELETE', `${PROJECTS}/projects/${r.projectId}`, null, [204, 404]);
  }
}

main().catch((e) => { console.error(`error: ${e.stack ?? e}`); process.exit(1); });
