// One mock of the four services, after their real behaviour (docs/contracts.md): bearer tokens checked,
// refresh tokens rotated, the Spring page form {content, page: {size, number, totalElements, totalPages}},
// RFC 9457 problem documents (application/problem+json) for every error, 404 for unknown ids.
import { http, HttpResponse, type DefaultBodyType, type HttpResponseResolver, type StrictRequest } from 'msw';
import type { Incident, IntegrationKind, Job, Page, Role } from '../../api/types';
import { INTEGRATION_KINDS } from '../../api/types';
import { db, type StoredIntegration } from './db';

export function problem(status: number, title: string, detail?: string, errors?: { field: string; message: string }[]) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

const invalid = (errors: { field: string; message: string }[]) => problem(400, 'Bad Request', 'Invalid request content.', errors);
const now = () => new Date().toISOString();

function paged<T>(items: T[], url: URL, defaultSize = 20): Page<T> {
  const number = Number(url.searchParams.get('page') ?? 0);
  const size = Number(url.searchParams.get('size') ?? defaultSize);
  const content = items.slice(number * size, number * size + size);
  return { content, page: { number, size, totalElements: items.length, totalPages: Math.ceil(items.length / size) } };
}

/** The signed-in account behind the request's bearer token, or null. */
function caller(request: StrictRequest<DefaultBodyType>) {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '');
  const username = token ? db.accessTokens.get(token) : undefined;
  const user = db.users.find((u) => u.username === username && u.enabled);
  return user ?? null;
}
const unauthorized = () => problem(401, 'Unauthorized', 'Full authentication is required to access this resource');
const forbidden = () => problem(403, 'Forbidden', 'Access Denied');
const has = (user: { roles: Role[] }, ...roles: Role[]) => user.roles.some((r) => roles.includes(r));

const publicUser = ({ password: _password, ...user }: (typeof db.users)[number]) => user;
const projectNotFound = (id: string) => problem(404, 'Not Found', `No project with id ${id}.`);
const jobNotFound = (id: string) => problem(404, 'Job not found', `job ${id} not found`);
const integrationNotFound = (id: string) => problem(404, 'Not Found', `No integration with id ${id}.`);
const incidentNotFound = (id: string) => problem(404, 'Not Found', `No incident with id ${id}.`);
const PRODUCTION = ['prod', 'production'];

/** A new URL-safe secret, 43 characters like projects-service's. */
const newSecret = () => `s${db.nextId('secret').replace(/\W/g, '')}`.padEnd(43, 'x');
const secretAnswer = (i: StoredIntegration) => ({ id: i.id, kind: i.kind, hookPath: i.hookPath, secret: i.secret, createdAt: i.createdAt });
const listed = ({ projectId: _p, secret: _s, deliveries: _d, ...integration }: StoredIntegration) => integration;

type Info = Parameters<HttpResponseResolver>[0];
type Answer = ReturnType<HttpResponseResolver>;
type User = (typeof db.users)[number];

/** A resolver for the signed-in callers with one of `roles` (none given: any of them): 401 without one, 403 for another. */
function as(roles: Role[], answer: (info: Info, user: User) => Answer): HttpResponseResolver {
  return (info) => {
    const user = caller(info.request);
    if (!user) return unauthorized();
    if (roles.length && !has(user, ...roles)) return forbidden();
    return answer(info, user);
  };
}
const signedIn = (answer: (info: Info, user: User) => Answer) => as([], answer);
const maintainer = (answer: (info: Info, user: User) => Answer) => as(['ADMIN', 'MAINTAINER'], answer);
const admin = (answer: (info: Info, user: User) => Answer) => as(['ADMIN'], answer);

/** `answer` given what `find` picks by the path's parameters, or the 404 problem `missing` words for them. */
const found =
  <T,>(find: (params: Info['params']) => T | undefined, missing: (params: Info['params']) => Response) =>
  (answer: (info: Info, user: User, item: T) => Answer) =>
  (info: Info, user: User): Answer => {
    const item = find(info.params);
    return item === undefined ? missing(info.params) : answer(info, user, item);
  };
const withProject = found((params) => db.projects.find((p) => p.id === params.id), (params) => projectNotFound(String(params.id)));
const withUser = found((params) => db.users.find((u) => u.id === params.id), (params) => problem(404, 'Not Found', `No user with id ${params.id}`));
const withJob = found((params) => db.jobs.find((j) => j.id === params.id), (params) => jobNotFound(String(params.id)));
const withIntegration = found(
  (params) => db.integrations.find((i) => i.projectId === params.id && i.id === params.integrationId),
  (params) => integrationNotFound(String(params.integrationId)),
);
const withIncident = found(
  (params) => db.incidents.find((i) => i.projectId === params.id && i.id === params.incidentId),
  (params) => incidentNotFound(String(params.incidentId)),
);

export const handlers = [
  // ---- auth-service ------------------------------------------------------------------------
  http.post('/auth/login', async ({ request }) => {
    const { username, password } = (await request.json()) as { username?: string; password?: string };
    if (!username || !password) return invalid([{ field: username ? 'password' : 'username', message: 'must not be blank' }]);
    const user = db.users.find((u) => u.username === username && u.password === password && u.enabled);
    if (!user) return problem(401, 'Unauthorized', 'Bad credentials');
    return HttpResponse.json(db.issueTokens(user.username));
  }),
  http.post('/auth/refresh', async ({ request }) => {
    const { refreshToken } = (await request.json()) as { refreshToken: string };
    const entry = db.refreshTokens.get(refreshToken);
    if (!entry || entry.used) {
      // A reused refresh token revokes its whole family: here, every session of that user.
      if (entry) db.revokeSessions(entry.username);
      return problem(401, 'Unauthorized', 'The refresh token is not valid');
    }
    entry.used = true;
    return HttpResponse.json(db.issueTokens(entry.username));
  }),
  http.post('/auth/logout', async ({ request }) => {
    const { refreshToken } = (await request.json()) as { refreshToken: string };
    db.refreshTokens.delete(refreshToken);
    return new HttpResponse(null, { status: 204 });
  }),
  http.get('/auth/me', signedIn((_info, user) => HttpResponse.json({ id: user.id, username: user.username, roles: user.roles }))),
  http.get('/auth/users', admin(({ request }) => {
    const sorted = [...db.users].sort((a, b) => a.username.localeCompare(b.username));
    return HttpResponse.json(paged(sorted.map(publicUser), new URL(request.url)));
  })),
  http.post('/auth/users', admin(async ({ request }) => {
    const body = (await request.json()) as { username?: string; password?: string; roles?: Role[] };
    const errors = [
      ...(!body.username ? [{ field: 'username', message: 'must not be blank' }] : []),
      ...(!body.password || body.password.length < 8 ? [{ field: 'password', message: 'size must be between 8 and 72' }] : []),
      ...(!body.roles?.length ? [{ field: 'roles', message: 'must not be empty' }] : []),
    ];
    if (errors.length) return invalid(errors);
    if (db.users.some((u) => u.username === body.username)) {
      return problem(409, 'Conflict', `The user name '${body.username}' is already taken`);
    }
    return HttpResponse.json(publicUser(db.addUser(body.username!, body.roles!, body.password)), { status: 201 });
  })),
  http.get('/auth/users/:id', admin(withUser((_info, _user, target) => HttpResponse.json(publicUser(target))))),
  http.patch('/auth/users/:id', admin(withUser(async ({ request }, _user, target) => {
    const body = (await request.json()) as { roles?: Role[]; enabled?: boolean; password?: string };
    if (body.roles) target.roles = [...body.roles].sort();
    if (body.enabled !== undefined) target.enabled = body.enabled;
    if (body.password) target.password = body.password;
    if (body.enabled === false) db.revokeSessions(target.username);
    target.updatedAt = now();
    return HttpResponse.json(publicUser(target));
  }))),
  http.delete('/auth/users/:id', admin(withUser((_info, _user, target) => {
    db.users = db.users.filter((u) => u !== target);
    db.revokeSessions(target.username);
    return new HttpResponse(null, { status: 204 });
  }))),

  // ---- projects-service ---------------------------------------------------------------------
  http.get('/projects', signedIn(({ request }) => {
    const url = new URL(request.url);
    const q = url.searchParams.get('q')?.toLowerCase();
    const tag = url.searchParams.get('tag');
    const found = db.projects
      .filter((p) => (!q || p.name.toLowerCase().includes(q)) && (!tag || p.tags.includes(tag)))
      .sort((a, b) => a.name.localeCompare(b.name));
    return HttpResponse.json(paged(found, url));
  })),
  http.get('/projects/:id', signedIn(withProject((_info, _user, project) => HttpResponse.json(project)))),
  http.post('/projects', maintainer(async ({ request }, user) => {
    const body = (await request.json()) as { name?: string; description?: string; tags?: string[] };
    if (!body.name?.trim()) return invalid([{ field: 'name', message: 'must not be blank' }]);
    if (db.projects.some((p) => p.name === body.name)) return problem(409, 'Conflict', `A project named "${body.name}" already exists.`);
    const project = db.addProject({ name: body.name, description: body.description ?? null, tags: body.tags ?? [], owner: user.username, createdAt: now(), updatedAt: now() });
    return HttpResponse.json(project, { status: 201 });
  })),
  http.put('/projects/:id', maintainer(withProject(async ({ request }, _user, project) => {
    const body = (await request.json()) as { name?: string; description?: string; tags?: string[]; version?: number };
    if (!body.name?.trim()) return invalid([{ field: 'name', message: 'must not be blank' }]);
    if (body.version !== project.version) {
      return problem(409, 'Conflict', `The project changed since version ${body.version}: read it again and repeat the edit.`);
    }
    Object.assign(project, { name: body.name, description: body.description ?? null, tags: body.tags ?? [], version: project.version + 1, updatedAt: now() });
    return HttpResponse.json(project);
  }))),
  http.delete('/projects/:id', signedIn(withProject((_info, user, project) => {
    if (!has(user, 'ADMIN') && !(has(user, 'MAINTAINER') && project.owner === user.username)) return forbidden();
    db.projects = db.projects.filter((p) => p !== project);
    return new HttpResponse(null, { status: 204 });
  }))),
  http.post('/projects/:id/repositories', signedIn(withProject(async ({ request }, _user, project) => {
    const body = (await request.json()) as { name: string; url: string; defaultBranch?: string };
    const repository = { id: db.nextId('r'), name: body.name, url: body.url, defaultBranch: body.defaultBranch ?? 'main' };
    project.repositories.push(repository);
    project.version += 1;
    return HttpResponse.json(repository, { status: 201 });
  }))),
  http.post('/projects/:id/environments', signedIn(withProject(async ({ request }, _user, project) => {
    const body = (await request.json()) as { name: string; url?: string; protected?: boolean };
    const environment = { id: db.nextId('e'), name: body.name, url: body.url ?? '', protected: !!body.protected };
    project.environments.push(environment);
    project.version += 1;
    return HttpResponse.json(environment, { status: 201 });
  }))),
  http.delete('/projects/:id/repositories/:repoId', signedIn(withProject(({ params }, _user, project) => {
    project.repositories = project.repositories.filter((r) => r.id !== params.repoId);
    return new HttpResponse(null, { status: 204 });
  }))),
  http.delete('/projects/:id/environments/:envId', signedIn(withProject(({ params }, _user, project) => {
    project.environments = project.environments.filter((e) => e.id !== params.envId);
    return new HttpResponse(null, { status: 204 });
  }))),
  http.post('/projects/:id/versions', signedIn(withProject(async ({ request }, _user, project) => {
    const body = (await request.json()) as { version: string; commit: string; notes?: string };
    if (project.versions.some((v) => v.version === body.version)) return problem(409, 'Conflict', `Version ${body.version} already exists.`);
    const version = { version: body.version, commit: body.commit, notes: body.notes ?? null, committedAt: null, createdAt: now(), deployments: [] };
    project.versions.push(version);
    return HttpResponse.json(version, { status: 201 });
  }))),
  http.post('/projects/:id/versions/:version/deployments', signedIn(withProject(async ({ request, params }, user, project) => {
    const version = project.versions.find((v) => v.version === params.version);
    if (!version) return problem(404, 'Not Found', `No version ${params.version} in project ${project.id}.`);
    const body = (await request.json()) as { environment: string; status: 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'ROLLED_BACK' };
    const deployment = { id: db.nextId('d'), environment: body.environment, status: body.status, deployedBy: user.username, deployedAt: now() };
    version.deployments.push(deployment);
    return HttpResponse.json(deployment, { status: 201 });
  }))),

  // integrations (the secret only in the answers to creation and rotation)
  http.get('/projects/:id/integrations', signedIn(withProject(({ params }) =>
    HttpResponse.json(db.integrations.filter((i) => i.projectId === params.id).map(listed)),
  ))),
  http.post('/projects/:id/integrations', maintainer(withProject(async ({ request, params }) => {
    const { kind } = (await request.json()) as { kind?: IntegrationKind };
    if (!kind || !INTEGRATION_KINDS.includes(kind)) return invalid([{ field: 'kind', message: 'must not be null' }]);
    const integration = db.addIntegration(String(params.id), kind, { createdAt: now(), secret: newSecret() });
    return HttpResponse.json(secretAnswer(integration), { status: 201 });
  }))),
  http.post('/projects/:id/integrations/:integrationId/secret', maintainer(withIntegration((_info, _user, integration) => {
    integration.secret = newSecret();
    return HttpResponse.json(secretAnswer(integration));
  }))),
  http.delete('/projects/:id/integrations/:integrationId', maintainer(withIntegration((_info, _user, integration) => {
    db.integrations = db.integrations.filter((i) => i !== integration);
    return new HttpResponse(null, { status: 204 });
  }))),
  http.get('/projects/:id/integrations/:integrationId/deliveries', signedIn(withIntegration(({ request }, _user, integration) =>
    HttpResponse.json(paged(integration.deliveries, new URL(request.url))),
  ))),

  // deployments, manual and from hooks
  http.get('/projects/:id/deployments', signedIn(withProject(({ request, params }) => {
    const url = new URL(request.url);
    const environment = url.searchParams.get('environment');
    const lines = (db.deployments.get(String(params.id)) ?? []).filter((d) => !environment || d.environment === environment);
    return HttpResponse.json(paged(lines, url));
  }))),

  // incidents: newest detectedAt first; linked by time to the last production deployment before it
  http.get('/projects/:id/incidents', signedIn(withProject(({ request, params }) => {
    const url = new URL(request.url);
    const status = url.searchParams.get('status');
    const found = db.incidents
      .filter((i) => i.projectId === params.id && (!status || i.status === status))
      .sort((a, b) => b.detectedAt.localeCompare(a.detectedAt));
    return HttpResponse.json(paged(found, url));
  }))),
  http.post('/projects/:id/incidents', maintainer(withProject(async ({ request }, _user, project) => {
    const body = (await request.json()) as { environment?: string; title?: string; detectedAt?: string; deploymentId?: string };
    const errors = [
      ...(!body.environment?.trim() ? [{ field: 'environment', message: 'must not be blank' }] : []),
      ...(!body.title?.trim() ? [{ field: 'title', message: 'must not be blank' }] : []),
    ];
    if (errors.length) return invalid(errors);
    if (!project.environments.some((e) => e.name === body.environment)) {
      return invalid([{ field: 'environment', message: `project ${project.id} has no environment ${body.environment}` }]);
    }
    const detectedAt = body.detectedAt ?? now();
    if (detectedAt > now()) return invalid([{ field: 'detectedAt', message: 'must not be in the future' }]);
    const linked = body.deploymentId
      ? body.deploymentId
      : PRODUCTION.includes(body.environment!)
        ? (db.deployments.get(project.id) ?? []).find((d) => PRODUCTION.includes(d.environment) && d.deployedAt <= detectedAt)?.id
        : undefined;
    const incident: Incident = {
      id: db.nextId('inc'), projectId: project.id, environment: body.environment!, title: body.title!, status: 'OPEN', detectedAt,
      resolvedAt: null, deploymentId: linked ?? null, linkedBy: linked ? (body.deploymentId ? 'MANUAL' : 'AUTO') : null, source: 'manual', externalId: null,
    };
    db.incidents.push(incident);
    return HttpResponse.json(incident, { status: 201 });
  }))),
  http.post('/projects/:id/incidents/:incidentId/resolve', maintainer(withIncident(async ({ request }, _user, incident) => {
    if (incident.status === 'RESOLVED') return problem(409, 'Conflict', `Incident ${incident.id} is already resolved.`);
    const body = ((await request.json().catch(() => ({}))) ?? {}) as { resolvedAt?: string };
    Object.assign(incident, { status: 'RESOLVED', resolvedAt: body.resolvedAt ?? now() } satisfies Partial<Incident>);
    return HttpResponse.json(incident);
  }))),
  http.patch('/projects/:id/incidents/:incidentId', maintainer(withIncident(async ({ request, params }, _user, incident) => {
    const { deploymentId } = (await request.json()) as { deploymentId?: string };
    if (deploymentId === undefined) return invalid([{ field: 'deploymentId', message: 'must not be null' }]);
    if (deploymentId && !(db.deployments.get(String(params.id)) ?? []).some((d) => d.id === deploymentId)) {
      return invalid([{ field: 'deploymentId', message: `no deployment ${deploymentId} in project ${params.id}` }]);
    }
    Object.assign(incident, { deploymentId: deploymentId || null, linkedBy: 'MANUAL' } satisfies Partial<Incident>);
    return HttpResponse.json(incident);
  }))),

  // ---- tasks-service ------------------------------------------------------------------------
  http.get('/tasks', signedIn(({ request }) => {
    const url = new URL(request.url);
    const projectId = url.searchParams.get('projectId');
    const status = url.searchParams.get('status');
    const source = url.searchParams.get('source');
    return HttpResponse.json(
      paged(db.jobs.filter((j) => (!projectId || j.projectId === projectId) && (!status || j.status === status) && (!source || j.source === source)), url),
    );
  })),
  http.get('/tasks/:id', signedIn(withJob((_info, _user, job) => HttpResponse.json(job)))),
  http.post('/tasks', maintainer(async ({ request }, user) => {
    const body = (await request.json()) as { projectId?: string; ref?: string; stages?: string[] };
    if (!body.projectId || !body.ref) return invalid([{ field: body.projectId ? 'ref' : 'projectId', message: 'must not be blank' }]);
    if (!db.projects.some((p) => p.id === body.projectId)) return problem(404, 'Project not found', `project ${body.projectId} not found`);
    const stages = (body.stages ?? ['checkout', 'build', 'test', 'package', 'deploy']).map((name) => ({ name, status: 'PENDING' as const, startedAt: null, finishedAt: null, externalId: null, externalUrl: null }));
    const job = db.addJob({ projectId: body.projectId, ref: body.ref, stages, createdBy: user.username, createdAt: now(), updatedAt: now() });
    return HttpResponse.json(job, { status: 202 });
  })),
  http.post('/tasks/:id/cancel', maintainer(withJob((_info, _user, job) => {
    if (job.source && job.source !== 'simulated') return problem(409, 'Conflict', `job ${job.id} is a ${job.source} run: cancel it there`);
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(job.status)) {
      return problem(409, 'Job not cancellable', `job ${job.id} is ${job.status} and can no longer be cancelled`);
    }
    Object.assign(job, { status: 'CANCELLED', finishedAt: now(), updatedAt: now(), version: job.version + 1 } satisfies Partial<Job>);
    return HttpResponse.json(job);
  }))),
  http.post('/tasks/:id/retry', maintainer(withJob((_info, user, job) => {
    if (job.source && job.source !== 'simulated') return problem(409, 'Conflict', `job ${job.id} is a ${job.source} run: retry it there`);
    if (!['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(job.status)) {
      return problem(409, 'Job not retryable', `job ${job.id} is ${job.status}; only a finished job can be retried`);
    }
    const stages = job.stages.map((s) => ({ name: s.name, status: 'PENDING' as const, startedAt: null, finishedAt: null, externalId: null, externalUrl: null }));
    const retried = db.addJob({ projectId: job.projectId, ref: job.ref, attempt: job.attempt + 1, retryOf: job.id, stages, createdBy: user.username, createdAt: now(), updatedAt: now() });
    return HttpResponse.json(retried, { status: 202 });
  }))),
  http.post('/tasks/events/tickets', signedIn(() => HttpResponse.json({ ticket: db.nextId('ticket'), expiresIn: 30 }, { status: 201 }))),

  // ---- metrics-service -----------------------------------------------------------------------
  http.get('/stats/summary', signedIn(() => HttpResponse.json(db.summary))),
  http.get('/stats/builds', signedIn(() => HttpResponse.json(db.builds))),
  http.get('/stats/delivery', signedIn(() => HttpResponse.json(db.delivery))),
  http.get('/stats/delivery/deployments', signedIn(({ request }) => HttpResponse.json(paged(db.deliveryDeployments, new URL(request.url))))),
  http.get('/stats/delivery/incidents', signedIn(({ request }) => HttpResponse.json(paged(db.deliveryIncidents, new URL(request.url))))),
  http.get('/stats/flaky', signedIn(() => HttpResponse.json(db.flaky))),
];
