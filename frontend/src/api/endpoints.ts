import { api, newIdempotencyKey } from './client';
import type {
  AddEnvironmentRequest,
  AddRepositoryRequest,
  AddVersionRequest,
  BuildBucket,
  CreateUserRequest,
  CreateIncidentRequest,
  Delivery,
  DeliveryDeployment,
  DeliveryIncident,
  Deployment,
  DeploymentListItem,
  Environment,
  FlakyCommit,
  HookDelivery,
  Incident,
  IncidentStatus,
  Integration,
  IntegrationKind,
  IntegrationSecret,
  Job,
  JobSource,
  JobStatus,
  Me,
  Page,
  Project,
  ProjectInput,
  RecordDeploymentRequest,
  Repository,
  StartJobRequest,
  Summary,
  Ticket,
  UpdateProjectRequest,
  UpdateUserRequest,
  User,
  Version,
} from './types';

const enc = encodeURIComponent;

export const authApi = {
  me: () => api.get<Me>('/auth/me'),
  users: (page = 0, size = 50) => api.get<Page<User>>('/auth/users', { query: { page, size, sort: 'username,asc' } }),
  createUser: (body: CreateUserRequest) => api.post<User>('/auth/users', body),
  updateUser: (id: string, body: UpdateUserRequest) =>
    api.patch<User>(`/auth/users/${enc(id)}`, body),
  deleteUser: (id: string) => api.delete(`/auth/users/${enc(id)}`),
};

export interface ProjectQuery {
  page?: number;
  size?: number;
  q?: string;
  tag?: string;
  sort?: string;
}

export const projectsApi = {
  list: (query: ProjectQuery, signal?: AbortSignal) =>
    api.get<Page<Project>>('/projects', { query: { sort: 'name,asc', ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<Project>(`/projects/${enc(id)}`, { signal }),
  create: (body: ProjectInput) => api.post<Project>('/projects', body),
  update: (id: string, body: UpdateProjectRequest) => api.put<Project>(`/projects/${enc(id)}`, body),
  remove: (id: string) => api.delete(`/projects/${enc(id)}`),
  addRepository: (id: string, body: AddRepositoryRequest) => api.post<Repository>(`/projects/${enc(id)}/repositories`, body),
  removeRepository: (id: string, repoId: string) => api.delete(`/projects/${enc(id)}/repositories/${enc(repoId)}`),
  addEnvironment: (id: string, body: AddEnvironmentRequest) =>
    api.post<Environment>(`/projects/${enc(id)}/environments`, body),
  removeEnvironment: (id: string, envId: string) => api.delete(`/projects/${enc(id)}/environments/${enc(envId)}`),
  addVersion: (id: string, body: AddVersionRequest) =>
    api.post<Version>(`/projects/${enc(id)}/versions`, body),
  deploy: (id: string, version: string, body: RecordDeploymentRequest) =>
    api.post<Deployment>(`/projects/${enc(id)}/versions/${enc(version)}/deployments`, body),
  deployments: (id: string, query: DeploymentQuery, signal?: AbortSignal) =>
    api.get<Page<DeploymentListItem>>(`/projects/${enc(id)}/deployments`, { query: { ...query }, signal }),
};

export interface DeploymentQuery {
  environment?: string;
  page?: number;
  size?: number;
}

export const integrationsApi = {
  list: (projectId: string, signal?: AbortSignal) => api.get<Integration[]>(`/projects/${enc(projectId)}/integrations`, { signal }),
  create: (projectId: string, kind: IntegrationKind) => api.post<IntegrationSecret>(`/projects/${enc(projectId)}/integrations`, { kind }),
  rotateSecret: (projectId: string, id: string) =>
    api.post<IntegrationSecret>(`/projects/${enc(projectId)}/integrations/${enc(id)}/secret`),
  remove: (projectId: string, id: string) => api.delete(`/projects/${enc(projectId)}/integrations/${enc(id)}`),
  deliveries: (projectId: string, id: string, page: number, size: number, signal?: AbortSignal) =>
    api.get<Page<HookDelivery>>(`/projects/${enc(projectId)}/integrations/${enc(id)}/deliveries`, { query: { page, size }, signal }),
};

export interface IncidentQuery {
  status?: IncidentStatus | '';
  page?: number;
  size?: number;
}

export const incidentsApi = {
  list: (projectId: string, query: IncidentQuery, signal?: AbortSignal) =>
    api.get<Page<Incident>>(`/projects/${enc(projectId)}/incidents`, { query: { ...query, status: query.status || undefined }, signal }),
  create: (projectId: string, body: CreateIncidentRequest) => api.post<Incident>(`/projects/${enc(projectId)}/incidents`, body),
  resolve: (projectId: string, id: string, resolvedAt?: string) =>
    api.post<Incident>(`/projects/${enc(projectId)}/incidents/${enc(id)}/resolve`, resolvedAt ? { resolvedAt } : {}),
  /** `deploymentId` "" says the incident is due to no deployment. */
  relink: (projectId: string, id: string, deploymentId: string) =>
    api.patch<Incident>(`/projects/${enc(projectId)}/incidents/${enc(id)}`, { deploymentId }),
};

export interface JobQuery {
  projectId?: string;
  status?: JobStatus | '';
  source?: JobSource | '';
  page?: number;
  size?: number;
}

export const tasksApi = {
  list: (query: JobQuery, signal?: AbortSignal) => api.get<Page<Job>>('/tasks', { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<Job>(`/tasks/${enc(id)}`, { signal }),
  /** One key per start: a replay of this call (after a token refresh, or a retry) cannot make a second job. */
  start: (body: StartJobRequest, key = newIdempotencyKey()) =>
    api.post<Job>('/tasks', body, { headers: { 'Idempotency-Key': key } }),
  cancel: (id: string) => api.post<Job>(`/tasks/${enc(id)}/cancel`),
  retry: (id: string) => api.post<Job>(`/tasks/${enc(id)}/retry`),
  ticket: () => api.post<Ticket>('/tasks/events/tickets'),
};

export interface StatsQuery {
  projectId?: string;
  /** projects carrying this tag (a team) */
  tag?: string;
  from: string;
  to: string;
}

export const statsApi = {
  summary: (q: StatsQuery, signal?: AbortSignal) => api.get<Summary>('/stats/summary', { query: { ...q }, signal }),
  builds: (q: StatsQuery & { interval: string }, signal?: AbortSignal) =>
    api.get<BuildBucket[]>('/stats/builds', { query: { ...q }, signal }),
  delivery: (q: StatsQuery, signal?: AbortSignal) => api.get<Delivery>('/stats/delivery', { query: { ...q }, signal }),
  deliveryDeployments: (q: StatsQuery & { page: number; size: number }, signal?: AbortSignal) =>
    api.get<Page<DeliveryDeployment>>('/stats/delivery/deployments', { query: { ...q }, signal }),
  deliveryIncidents: (q: StatsQuery & { page: number; size: number }, signal?: AbortSignal) =>
    api.get<Page<DeliveryIncident>>('/stats/delivery/incidents', { query: { ...q }, signal }),
  flaky: (q: StatsQuery, signal?: AbortSignal) => api.get<FlakyCommit[]>('/stats/flaky', { query: { ...q }, signal }),
};
