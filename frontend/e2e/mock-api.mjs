// An in-memory stand-in for the four services, following docs/contracts.md, that also serves dist/ like
// the nginx of `make up`. For working on the dashboard (and checking e2e/run.mjs itself) while the real
// services are not running; the end-to-end tests are meant for the real stack.
// Usage: node e2e/mock-api.mjs [port]   (default 5199)
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const PORT = Number(process.argv[2] ?? 5199);
const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const STAGE_MS = Number(process.env.MOCK_STAGE_MS ?? 800);
const now = () => new Date().toISOString();

const users = [{ id: randomUUID(), username: 'admin', password: 'admin-change-me', roles: ['ADMIN'], enabled: true, createdAt: now(), updatedAt: now() }];
const access = new Map(); // token → user id
const refresh = new Map(); // token → { userId, used }
const projects = [];
const jobs = [];
const tickets = new Set();
const streams = new Set();

const send = (res, status, body, type = 'application/json') => {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body === undefined ? undefined : JSON.stringify(body));
};
const problem = (res, status, title, extra = {}) => send(res, status, { type: 'about:blank', title, status, ...extra }, 'application/problem+json');
const pageOf = (items, q) => {
  const page = Number(q.get('page') ?? 0);
  const size = Number(q.get('size') ?? 20);
  return { content: items.slice(page * size, page * size + size), page: { number: page, size, totalElements: items.length, totalPages: Math.ceil(items.length / size) } };
};
const issue = (user) => {
  const accessToken = randomUUID();
  const refreshToken = randomUUID();
  access.set(accessToken, user.id);
  refresh.set(refreshToken, { userId: user.id, used: false });
  return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: 900 };
};
const publicUser = ({ password, ...u }) => u;

function publish(job) {
  for (const res of streams) res.write(`event: job\ndata: ${JSON.stringify(job)}\n\n`);
}
function simulate(job) {
  let i = 0;
  const step = () => {
    if (job.status === 'CANCELLED') return;
    if (i === 0) Object.assign(job, { status: 'RUNNING', startedAt: now() });
    if (i > 0) Object.assign(job.stages[i - 1], { status: 'SUCCEEDED', finishedAt: now() });
    if (i === job.stages.length) {
      Object.assign(job, { status: job.ref.includes('fail') ? 'FAILED' : 'SUCCEEDED', finishedAt: now() });
      if (job.status === 'FAILED') job.stages.at(-1).status = 'FAILED';
      return publish(job);
    }
    Object.assign(job.stages[i], { status: 'RUNNING', startedAt: now() });
    publish(job);
    i += 1;
    setTimeout(step, STAGE_MS);
  };
  setTimeout(step, 300);
}

function validateProject(body) {
  const errors = [];
  if (!body.name || !String(body.name).trim()) errors.push({ field: 'name', message: 'must not be blank' });
  else if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(body.name)) errors.push({ field: 'name', message: 'must be lower-case letters, digits and dashes' });
  (body.tags ?? []).forEach((t, i) => t.length > 30 && errors.push({ field: `tags[${i}]`, message: 'size must be between 1 and 30' }));
  return errors;
}

function stats(q) {
  const from = q.get('from') ? Date.parse(q.get('from')) : 0;
  const to = q.get('to') ? Date.parse(q.get('to')) : Date.now();
  const done = jobs.filter((j) => j.finishedAt && (!q.get('projectId') || j.projectId === q.get('projectId')) && Date.parse(j.finishedAt) >= from && Date.parse(j.finishedAt) <= to);
  return { done, from, to };
}

async function api(req, res, url) {
  const q = url.searchParams;
  const path = url.pathname;
  const body = await new Promise((resolve) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data ? JSON.parse(data) : {}));
  });
  if (path === '/auth/login' && req.method === 'POST') {
    const user = users.find((u) => u.username === body.username && u.password === body.password && u.enabled);
    return user ? send(res, 200, issue(user)) : problem(res, 401, 'Unauthorized', { detail: 'Bad credentials' });
  }
  if (path === '/auth/refresh' && req.method === 'POST') {
    const entry = refresh.get(body.refreshToken);
    if (!entry || entry.used) return problem(res, 401, 'Unauthorized');
    entry.used = true;
    return send(res, 200, issue(users.find((u) => u.id === entry.userId)));
  }
  if (path === '/auth/jwks') return send(res, 200, { keys: [] });
  if (path === '/tasks/events' && q.get('ticket')) {
    if (!tickets.delete(q.get('ticket'))) return problem(res, 401, 'Unauthorized');
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
    return;
  }
  const user = users.find((u) => u.id === access.get((req.headers.authorization ?? '').replace('Bearer ', '')));
  if (!user) return problem(res, 401, 'Unauthorized');
  const is = (...roles) => user.roles.some((r) => roles.includes(r));
  const forbid = () => problem(res, 403, 'Forbidden');
  let m;

  if (path === '/auth/logout') {
    refresh.forEach((v, k) => k === body.refreshToken && refresh.delete(k));
    res.writeHead(204).end();
    return;
  }
  if (path === '/auth/me') return send(res, 200, { id: user.id, username: user.username, roles: user.roles });
  if (path === '/auth/users') {
    if (!is('ADMIN')) return forbid();
    if (req.method === 'GET') return send(res, 200, pageOf(users.map(publicUser), q));
    if (!body.username) return problem(res, 400, 'Bad Request', { errors: [{ field: 'username', message: 'must not be blank' }] });
    if (!body.password || body.password.length < 8) return problem(res, 400, 'Bad Request', { errors: [{ field: 'password', message: 'size must be at least 8' }] });
    if (users.some((u) => u.username === body.username)) return problem(res, 409, 'Conflict', { detail: 'User name already taken' });
    const created = { id: randomUUID(), username: body.username, password: body.password, roles: body.roles, enabled: true, createdAt: now(), updatedAt: now() };
    users.push(created);
    return send(res, 201, publicUser(created));
  }
  if ((m = path.match(/^\/auth\/users\/([^/]+)$/))) {
    if (!is('ADMIN')) return forbid();
    const target = users.find((u) => u.id === m[1]);
    if (!target) return problem(res, 404, 'Not Found');
    Object.assign(target, body.roles ? { roles: body.roles } : {}, body.enabled !== undefined ? { enabled: body.enabled } : {}, { updatedAt: now() });
    return send(res, 200, publicUser(target));
  }

  if (path === '/projects' && req.method === 'GET') {
    const needle = (q.get('q') ?? '').toLowerCase();
    const list = projects.filter((p) => p.name.toLowerCase().includes(needle) && (!q.get('tag') || p.tags.includes(q.get('tag')))).sort((a, b) => a.name.localeCompare(b.name));
    return send(res, 200, pageOf(list, q));
  }
  if (path === '/projects' && req.method === 'POST') {
    if (!is('ADMIN', 'MAINTAINER')) return forbid();
    const errors = validateProject(body);
    if (errors.length) return problem(res, 400, 'Bad Request', { detail: 'Invalid request content.', errors });
    if (projects.some((p) => p.name === body.name)) return problem(res, 409, 'Conflict', { detail: `A project named "${body.name}" already exists.` });
    const p = { id: randomUUID().replaceAll('-', '').slice(0, 24), name: body.name, description: body.description ?? '', owner: user.username, tags: body.tags ?? [], repositories: [], environments: [], versions: [], createdAt: now(), updatedAt: now(), version: 0 };
    projects.push(p);
    return send(res, 201, p);
  }
  if ((m = path.match(/^\/projects\/([^/]+)(?:\/(repositories|environments|versions)(?:\/([^/]+)(?:\/(deployments))?)?)?$/))) {
    const p = projects.find((x) => x.id === m[1]);
    if (!p) return problem(res, 404, 'Not Found');
    const [, , sub, subId, deployments] = m;
    if (req.method === 'GET' && !sub) return send(res, 200, p);
    if (!is('ADMIN', 'MAINTAINER')) return forbid();
    p.updatedAt = now();
    if (!sub && req.method === 'PUT') {
      const errors = validateProject(body);
      if (errors.length) return problem(res, 400, 'Bad Request', { errors });
      if (body.version !== p.version) return problem(res, 409, 'Conflict', { detail: 'The project was changed by someone else; reload it.' });
      Object.assign(p, { name: body.name, description: body.description, tags: body.tags, version: p.version + 1 });
      return send(res, 200, p);
    }
    if (!sub && req.method === 'DELETE') {
      if (!is('ADMIN') && p.owner !== user.username) return forbid();
      projects.splice(projects.indexOf(p), 1);
      res.writeHead(204).end();
      return;
    }
    if (deployments) {
      const v = p.versions.find((x) => x.version === subId);
      const d = { id: randomUUID(), environment: body.environment, status: body.status, deployedBy: user.username, deployedAt: now() };
      v.deployments.push(d);
      return send(res, 201, d);
    }
    if (req.method === 'DELETE') {
      p[sub] = p[sub].filter((x) => x.id !== subId);
      res.writeHead(204).end();
      return;
    }
    if (sub === 'versions') {
      if (!/^\d+\.\d+\.\d+/.test(body.version ?? '')) return problem(res, 400, 'Bad Request', { errors: [{ field: 'version', message: 'must be a semantic version' }] });
      const v = { ...body, createdAt: now(), deployments: [] };
      p.versions.push(v);
      return send(res, 201, v);
    }
    if (!body.name) return problem(res, 400, 'Bad Request', { errors: [{ field: 'name', message: 'must not be blank' }] });
    const item = { id: randomUUID(), ...body };
    p[sub].push(item);
    return send(res, 201, item);
  }

  if (path === '/tasks/events/tickets') {
    const ticket = randomUUID();
    tickets.add(ticket);
    return send(res, 201, { ticket, expiresIn: 30 });
  }
  if (path === '/tasks' && req.method === 'GET') {
    const list = jobs.filter((j) => (!q.get('projectId') || j.projectId === q.get('projectId')) && (!q.get('status') || j.status === q.get('status'))).slice().reverse();
    return send(res, 200, pageOf(list, q));
  }
  if (path === '/tasks' && req.method === 'POST') {
    if (!is('ADMIN', 'MAINTAINER')) return forbid();
    if (!projects.some((p) => p.id === body.projectId)) return problem(res, 400, 'Bad Request', { errors: [{ field: 'projectId', message: 'unknown project' }] });
    const job = { id: randomUUID(), projectId: body.projectId, ref: body.ref || 'main', status: 'QUEUED', attempt: body.attempt ?? 1, stages: (body.stages ?? ['checkout', 'build', 'test', 'package', 'deploy']).map((name) => ({ name, status: 'PENDING', startedAt: null, finishedAt: null })), createdAt: now(), startedAt: null, finishedAt: null };
    jobs.push(job);
    publish(job);
    simulate(job);
    return send(res, 202, job);
  }
  if ((m = path.match(/^\/tasks\/([^/]+)(?:\/(cancel|retry))?$/))) {
    const job = jobs.find((j) => j.id === m[1]);
    if (!job) return problem(res, 404, 'Not Found');
    if (!m[2]) return send(res, 200, job);
    if (!is('ADMIN', 'MAINTAINER')) return forbid();
    if (m[2] === 'cancel') {
      if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(job.status)) return problem(res, 409, 'Conflict', { detail: 'Job already finished' });
      Object.assign(job, { status: 'CANCELLED', finishedAt: now() });
      publish(job);
      return send(res, 200, job);
    }
    const retry = { ...job, id: randomUUID(), attempt: job.attempt + 1, status: 'QUEUED', createdAt: now(), startedAt: null, finishedAt: null, stages: job.stages.map((s) => ({ name: s.name, status: 'PENDING' })) };
    jobs.push(retry);
    simulate(retry);
    return send(res, 202, retry);
  }

  if (path === '/stats/summary') {
    const { done } = stats(q);
    const d = done.filter((j) => j.startedAt).map((j) => Date.parse(j.finishedAt) - Date.parse(j.startedAt)).sort((a, b) => a - b);
    const count = (s) => done.filter((j) => j.status === s).length;
    const pct = (p) => (d.length ? d[Math.min(d.length - 1, Math.ceil(p * d.length) - 1)] : null);
    return send(res, 200, { total: done.length, succeeded: count('SUCCEEDED'), failed: count('FAILED'), cancelled: count('CANCELLED'), successRate: done.length ? count('SUCCEEDED') / done.length : null, durationP50Ms: pct(0.5), durationP95Ms: pct(0.95) });
  }
  if (path === '/stats/builds') {
    const { done, from, to } = stats(q);
    const step = { '1m': 60e3, '5m': 300e3, '15m': 900e3, '1h': 3600e3, '6h': 21600e3, '1d': 86400e3 }[q.get('interval') ?? '1h'];
    const buckets = [];
    for (let t = Math.floor(from / step) * step; t <= to; t += step) {
      const inside = done.filter((j) => Date.parse(j.finishedAt) >= t && Date.parse(j.finishedAt) < t + step);
      buckets.push({ time: new Date(t).toISOString(), succeeded: inside.filter((j) => j.status === 'SUCCEEDED').length, failed: inside.filter((j) => j.status === 'FAILED').length, cancelled: inside.filter((j) => j.status === 'CANCELLED').length });
    }
    return send(res, 200, buckets);
  }
  if (path === '/stats/delivery') {
    const deploys = projects.filter((p) => !q.get('projectId') || p.id === q.get('projectId')).flatMap((p) => p.versions.flatMap((v) => v.deployments.filter((d) => ['prod', 'production'].includes(d.environment)).map((d) => ({ ...d, createdAt: v.createdAt }))));
    if (!deploys.length) return send(res, 200, { deploymentFrequencyPerDay: null, leadTimeHours: null, changeFailureRate: null, timeToRestoreHours: null });
    const failed = deploys.filter((d) => d.status === 'FAILED' || d.status === 'ROLLED_BACK').length;
    const lead = deploys.reduce((s, d) => s + (Date.parse(d.deployedAt) - Date.parse(d.createdAt)), 0) / deploys.length / 3600e3;
    return send(res, 200, { deploymentFrequencyPerDay: deploys.length, leadTimeHours: lead, changeFailureRate: failed / deploys.length, timeToRestoreHours: failed ? 2.5 : null });
  }
  return problem(res, 404, 'Not Found');
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const isApi = /^\/(auth|projects|tasks|stats)(\/|$)/.test(url.pathname) && !(req.headers.accept ?? '').includes('text/html');
  if (isApi) return void api(req, res, url).catch((e) => problem(res, 500, String(e)));
  let file = join(DIST, normalize(url.pathname));
  if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) file = join(DIST, 'index.html');
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}).listen(PORT, '127.0.0.1', () => console.log(`mock stack on http://127.0.0.1:${PORT}`));
