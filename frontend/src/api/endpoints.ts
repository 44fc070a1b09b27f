import { api } from './client';
import type {
  BuildBucket,
  Delivery,
  DeploymentStatus,
  Environment,
  Job,
  JobStatus,
  Me,
  Page,
  Project,
  ProjectInput,
  Repository,
  Role,
  Summary,
  User,
  Version,
} from './types';

const enc = encodeURIComponent;

export const authApi = {
  me: () => api.get<Me>('/auth/me'),
  users: (page = 0, size = 50) => api.get<Page<User>>('/auth/users', { query: { page, size, sort: 'username,asc' } }),
  createUser: (body: { username: string; password: string; roles: Role[] }) => api.post<User>('/auth/users', body),
  updateUser: (id: string, body: { roles?: Role[]; enabled?: boolean; password?: string }) =>
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
  update: (id: string, body: ProjectInput & { version: number }) => api.put<Project>(`/projects/${enc(id)}`, body),
  remove: (id: string) => api.delete(`/projects/${enc(id)}`),
  addRepository: (id: string, body: Omit<Repository, 'id'>) => api.post<Repository>(`/projects/${enc(id)}/repositories`, body),
  removeRepository: (id: string, repoId: string) => api.delete(`/projects/${enc(id)}/repositories/${enc(repoId)}`),
  addEnvironment: (id: string, body: Omit<Environment, 'id'>) =>
    api.post<Environment>(`/projects/${enc(id)}/environments`, body),
  removeEnvironment: (id: string, envId: string) => api.delete(`/projects/${enc(id)}/environments/${enc(envId)}`),
  addVersion: (id: string, body: { version: string; commit: string; notes: string }) =>
    api.post<Version>(`/projects/${enc(id)}/versions`, body),
  deploy: (id: string, version: string, body: { environment: string; status: DeploymentStatus }) =>
    api.post(`/projects/${enc(id)}/versions/${enc(version)}/deployments`, body),
};

export interface JobQuery {
  projectId?: string;
  status?: JobStatus | '';
  page?: number;
  size?: number;
}

export const tasksApi = {
  list: (query: JobQuery, signal?: AbortSignal) => api.get<Page<Job>>('/tasks', { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<Job>(`/tasks/${enc(id)}`, { signal }),
  start: (body: { projectId: string; ref: string; stages?: string[] }) => api.post<Job>('/tasks', body),
  cancel: (id: string) => api.post<Job>(`/tasks/${enc(id)}/cancel`),
  retry: (id: string) => api.post<Job>(`/tasks/${enc(id)}/retry`),
  ticket: () => api.post<{ ticket: string; expiresIn: number }>('/tasks/events/tickets'),
};

export interface StatsQuery {
  projectId?: string;
  from: string;
  to: string;
}

export const statsApi = {
  summary: (q: StatsQuery, signal?: AbortSignal) => api.get<Summary>('/stats/summary', { query: { ...q }, signal }),
  builds: (q: StatsQuery & { interval: string }, signal?: AbortSignal) =>
    api.get<BuildBucket[]>('/stats/builds', { query: { ...q }, signal }),
  delivery: (q: StatsQuery, signal?: AbortSignal) => api.get<Delivery>('/stats/delivery', { query: { ...q }, signal }),
};
