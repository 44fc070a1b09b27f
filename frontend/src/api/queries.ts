// Every query key and query the dashboard uses, and the mutations with what each one invalidates.
// Components read data only through these, so that one invalidation reaches every view of the data.
import { queryOptions, useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { ApiError } from './client';
import {
  authApi,
  incidentsApi,
  integrationsApi,
  projectsApi,
  statsApi,
  tasksApi,
  type DeploymentQuery,
  type IncidentQuery,
  type JobQuery,
  type ProjectQuery,
  type StatsQuery,
} from './endpoints';
import type {
  AddEnvironmentRequest,
  AddRepositoryRequest,
  AddVersionRequest,
  CreateIncidentRequest,
  CreateUserRequest,
  IntegrationKind,
  Job,
  Page,
  Project,
  ProjectInput,
  RecordDeploymentRequest,
  StartJobRequest,
  UpdateUserRequest,
} from './types';
import { applyJobEvent, isNewer, keepNewerJobs } from './jobEvents';

export const keys = {
  me: ['auth', 'me'] as const,
  users: ['users'] as const,
  userPage: (page: number, size: number) => ['users', 'list', { page, size }] as const,
  projects: ['projects'] as const,
  projectLists: ['projects', 'list'] as const,
  projectList: (query: ProjectQuery) => ['projects', 'list', query] as const,
  project: (id: string) => ['projects', 'detail', id] as const,
  integrations: (projectId: string) => ['integrations', projectId] as const,
  deliveries: (projectId: string, integrationId: string, page: number) => ['integrations', projectId, 'deliveries', integrationId, page] as const,
  deployments: (projectId: string) => ['deployments', projectId] as const,
  deploymentList: (projectId: string, query: DeploymentQuery) => ['deployments', projectId, query] as const,
  incidents: (projectId: string) => ['incidents', projectId] as const,
  incidentList: (projectId: string, query: IncidentQuery) => ['incidents', projectId, query] as const,
  jobs: ['jobs'] as const,
  jobLists: ['jobs', 'list'] as const,
  jobList: (query: JobQuery) => ['jobs', 'list', query] as const,
  job: (id: string) => ['jobs', 'detail', id] as const,
  stats: ['stats'] as const,
};

/** The metrics window is computed when the query runs, so that a refetch asks about "the last hour" again. */
export interface StatsWindow {
  projectId?: string;
  /** a team: the projects carrying this tag */
  tag?: string;
  rangeMs: number;
}
const statsQuery = (w: StatsWindow): StatsQuery => {
  const to = new Date();
  return {
    projectId: w.projectId || undefined,
    tag: w.tag || undefined,
    from: new Date(to.getTime() - w.rangeMs).toISOString(),
    to: to.toISOString(),
  };
};

export const queries = {
  me: () => queryOptions({ queryKey: keys.me, queryFn: () => authApi.me(), staleTime: Infinity }),
  users: (page: number, size = 20) =>
    queryOptions({ queryKey: keys.userPage(page, size), queryFn: () => authApi.users(page, size), placeholderData: (previous) => previous }),
  projects: (query: ProjectQuery) =>
    queryOptions({
      queryKey: keys.projectList(query),
      queryFn: ({ signal }) => projectsApi.list(query, signal),
      placeholderData: (previous) => previous,
    }),
  project: (id: string) => queryOptions({ queryKey: keys.project(id), queryFn: ({ signal }) => projectsApi.get(id, signal) }),
  jobs: (query: JobQuery) =>
    queryOptions({
      queryKey: keys.jobList(query),
      queryFn: ({ signal }) => tasksApi.list(query, signal),
      placeholderData: (previous) => previous,
      // A live event may have brought a later state than the page read in the meantime.
      structuralSharing: (previous, next) => keepNewerJobs(previous as Page<Job> | undefined, next as Page<Job>),
    }),
  job: (id: string) =>
    queryOptions({
      queryKey: keys.job(id),
      queryFn: ({ signal }) => tasksApi.get(id, signal),
      structuralSharing: (previous, next) => (previous && isNewer(previous as Job, next as Job) ? previous : next),
    }),
  summary: (w: StatsWindow) =>
    queryOptions({ queryKey: [...keys.stats, 'summary', w] as const, queryFn: ({ signal }) => statsApi.summary(statsQuery(w), signal) }),
  builds: (w: StatsWindow, interval: string) =>
    queryOptions({
      queryKey: [...keys.stats, 'builds', w, interval] as const,
      queryFn: ({ signal }) => statsApi.builds({ ...statsQuery(w), interval }, signal),
    }),
  delivery: (w: StatsWindow) =>
    queryOptions({ queryKey: [...keys.stats, 'delivery', w] as const, queryFn: ({ signal }) => statsApi.delivery(statsQuery(w), signal) }),
  deliveryDeployments: (w: StatsWindow, page: number, size = 20) =>
    queryOptions({
      queryKey: [...keys.stats, 'delivery', 'deployments', w, page, size] as const,
      queryFn: ({ signal }) => statsApi.deliveryDeployments({ ...statsQuery(w), page, size }, signal),
      placeholderData: (previous) => previous,
    }),
  deliveryIncidents: (w: StatsWindow, page: number, size = 20) =>
    queryOptions({
      queryKey: [...keys.stats, 'delivery', 'incidents', w, page, size] as const,
      queryFn: ({ signal }) => statsApi.deliveryIncidents({ ...statsQuery(w), page, size }, signal),
      placeholderData: (previous) => previous,
    }),
  flaky: (w: StatsWindow) =>
    queryOptions({ queryKey: [...keys.stats, 'flaky', w] as const, queryFn: ({ signal }) => statsApi.flaky(statsQuery(w), signal) }),
  integrations: (projectId: string) =>
    queryOptions({ queryKey: keys.integrations(projectId), queryFn: ({ signal }) => integrationsApi.list(projectId, signal) }),
  deliveries: (projectId: string, integrationId: string, page = 0, size = 10) =>
    queryOptions({
      queryKey: keys.deliveries(projectId, integrationId, page),
      queryFn: ({ signal }) => integrationsApi.deliveries(projectId, integrationId, page, size, signal),
      placeholderData: (previous) => previous,
    }),
  deployments: (projectId: string, query: DeploymentQuery) =>
    queryOptions({
      queryKey: keys.deploymentList(projectId, query),
      queryFn: ({ signal }) => projectsApi.deployments(projectId, query, signal),
      placeholderData: (previous) => previous,
    }),
  incidents: (projectId: string, query: IncidentQuery) =>
    queryOptions({
      queryKey: keys.incidentList(projectId, query),
      queryFn: ({ signal }) => incidentsApi.list(projectId, query, signal),
      placeholderData: (previous) => previous,
    }),
};

/** A project already read as part of a list, so that naming it costs no request. */
export function projectFromLists(client: QueryClient, id: string): Project | undefined {
  for (const [, page] of client.getQueriesData<Page<Project>>({ queryKey: keys.projectLists })) {
    const found = page?.content.find((p) => p.id === id);
    if (found) return found;
  }
  return undefined;
}

/** Folds a job (from a live event or a mutation's answer) into every cached view of jobs. */
export function applyJobToCache(client: QueryClient, job: Job): void {
  client.setQueryData<Job>(keys.job(job.id), (current) => (current && !isNewer(current, job) ? job : current));
  for (const [key, page] of client.getQueriesData<Page<Job>>({ queryKey: keys.jobLists })) {
    if (!page) continue;
    const filters = (key[2] ?? {}) as JobQuery;
    const next = applyJobEvent(page, job, { projectId: filters.projectId, status: filters.status || undefined, source: filters.source || undefined });
    if (next !== page) client.setQueryData(key, next);
  }
  if (job.status === 'SUCCEEDED' || job.status === 'FAILED' || job.status === 'CANCELLED') {
    // A finished job is a new execution record: the metrics move.
    void client.invalidateQueries({ queryKey: keys.stats });
  }
}

/** A mutation whose success invalidates the given keys (and may first write its answer into the cache). */
function useApiMutation<TVars, TData>(
  mutationFn: (vars: TVars) => Promise<TData>,
  invalidates: (vars: TVars, data: TData) => QueryKey[],
  write?: (client: QueryClient, data: TData, vars: TVars) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (data, vars) => {
      write?.(client, data, vars);
      return Promise.all(invalidates(vars, data).map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}

// ---- projects ---------------------------------------------------------------------------------

export const useCreateProject = () =>
  useApiMutation((input: ProjectInput) => projectsApi.create(input), () => [keys.projectLists], (c, p) => c.setQueryData(keys.project(p.id), p));

export function useUpdateProject() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ProjectInput & { id: string; version: number }) => projectsApi.update(id, body),
    onSuccess: (project) => {
      client.setQueryData(keys.project(project.id), project);
      return client.invalidateQueries({ queryKey: keys.projectLists });
    },
    // 409: someone saved first. Read the project again so that the edit can be repeated on its new version.
    onError: (error, { id }) => {
      if (error instanceof ApiError && error.status === 409) {
        void client.invalidateQueries({ queryKey: keys.project(id) });
        void client.invalidateQueries({ queryKey: keys.projectLists });
      }
    },
  });
}

export const useDeleteProject = () =>
  useApiMutation(
    (id: string) => projectsApi.remove(id),
    () => [keys.projectLists],
    (c, _, id) => c.removeQueries({ queryKey: keys.project(id) }),
  );

/** Sub-resources change the project document: read it (and the lists showing its counts) again. */
const projectChanged = (id: string) => [keys.project(id), keys.projectLists];

export const useAddRepository = (projectId: string) =>
  useApiMutation((body: AddRepositoryRequest) => projectsApi.addRepository(projectId, body), () => projectChanged(projectId));
export const useRemoveRepository = (projectId: string) =>
  useApiMutation((repoId: string) => projectsApi.removeRepository(projectId, repoId), () => projectChanged(projectId));
export const useAddEnvironment = (projectId: string) =>
  useApiMutation((body: AddEnvironmentRequest) => projectsApi.addEnvironment(projectId, body), () => projectChanged(projectId));
export const useRemoveEnvironment = (projectId: string) =>
  useApiMutation((envId: string) => projectsApi.removeEnvironment(projectId, envId), () => projectChanged(projectId));
export const useAddVersion = (projectId: string) =>
  useApiMutation((body: AddVersionRequest) => projectsApi.addVersion(projectId, body), () => projectChanged(projectId));
export const useRecordDeployment = (projectId: string) =>
  useApiMutation(
    ({ version, ...body }: RecordDeploymentRequest & { version: string }) => projectsApi.deploy(projectId, version, body),
    () => [...projectChanged(projectId), keys.deployments(projectId), keys.stats],
  );

// ---- integrations -----------------------------------------------------------------------------
// Creation and rotation answer with the secret: the caller shows it once and keeps it nowhere else.

export const useCreateIntegration = (projectId: string) =>
  useApiMutation((kind: IntegrationKind) => integrationsApi.create(projectId, kind), () => [keys.integrations(projectId)]);
export const useRotateSecret = (projectId: string) =>
  useApiMutation((id: string) => integrationsApi.rotateSecret(projectId, id), () => [keys.integrations(projectId)]);
export const useDeleteIntegration = (projectId: string) =>
  useApiMutation((id: string) => integrationsApi.remove(projectId, id), () => [keys.integrations(projectId)]);

// ---- incidents (they move the change failure rate and the time to restore) ---------------------

export const useOpenIncident = (projectId: string) =>
  useApiMutation((body: CreateIncidentRequest) => incidentsApi.create(projectId, body), () => [keys.incidents(projectId), keys.stats]);
export const useResolveIncident = (projectId: string) =>
  useApiMutation((id: string) => incidentsApi.resolve(projectId, id), () => [keys.incidents(projectId), keys.stats]);
export const useRelinkIncident = (projectId: string) =>
  useApiMutation(
    ({ id, deploymentId }: { id: string; deploymentId: string }) => incidentsApi.relink(projectId, id, deploymentId),
    () => [keys.incidents(projectId), keys.stats],
  );

// ---- jobs -------------------------------------------------------------------------------------

/** A job that starting or retrying answered with: its detail as answered, then every cached view of it. */
function cacheAnsweredJob(client: QueryClient, job: Job): void {
  client.setQueryData(keys.job(job.id), job);
  applyJobToCache(client, job);
}

/** `key`: the start's Idempotency-Key; the same key again (a click after a failure) cannot make a second job. */
export const useStartJob = () =>
  useApiMutation(({ key, ...body }: StartJobRequest & { key?: string }) => tasksApi.start(body, key), () => [], cacheAnsweredJob);
export const useCancelJob = () => useApiMutation((id: string) => tasksApi.cancel(id), () => [], applyJobToCache);
export const useRetryJob = () => useApiMutation((id: string) => tasksApi.retry(id), () => [], cacheAnsweredJob);

// ---- users ------------------------------------------------------------------------------------

export const useCreateUser = () =>
  useApiMutation((body: CreateUserRequest) => authApi.createUser(body), () => [keys.users]);
export const useUpdateUser = () =>
  useApiMutation(
    ({ id, ...body }: UpdateUserRequest & { id: string }) => authApi.updateUser(id, body),
    () => [keys.users],
  );
export const useDeleteUser = () => useApiMutation((id: string) => authApi.deleteUser(id), () => [keys.users]);
