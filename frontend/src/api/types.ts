// The dashboard's names for the API's shapes, from the types generated out of the services' OpenAPI
// documents (src/api/generated, "npm run gen:api"; build output, not committed). Only the error document
// is written here: no service documents its problem responses yet.
import type { components as AuthApi } from './generated/auth-service';
import type { components as MetricsApi } from './generated/metrics-service';
import type { components as ProjectsApi } from './generated/projects-service';
import type { components as TasksApi } from './generated/tasks-service';

type A = AuthApi['schemas'];
type P = ProjectsApi['schemas'];
type T = TasksApi['schemas'];
type M = MetricsApi['schemas'];

/**
 * springdoc marks no property of a response record as required (nothing in the Java code says so), so
 * every generated property is optional. The services do send every property; `Sent<S, N>` says so,
 * keeping the properties named in `N` (those the service may send as null) nullable.
 */
export type Sent<S, N extends keyof S = never> = { [K in Exclude<keyof S, N>]-?: Exclude<S[K], undefined> } & {
  [K in N]-?: Exclude<S[K], undefined> | null;
};

export type Role = A['UserResponse']['roles'] extends (infer R)[] | undefined ? R : never;
export const ROLES: Role[] = ['ADMIN', 'MAINTAINER', 'VIEWER'];

export interface Page<Item> {
  content: Item[];
  page: Sent<P['PageMetadata']>;
}

export type TokenResponse = Sent<A['TokenResponse']>;
/** GET /auth/me declares its roles as plain strings; they are the same three roles. */
export type Me = Omit<Sent<A['MeResponse']>, 'roles'> & { roles: Role[] };
export type User = Sent<A['UserResponse']>;
export type CreateUserRequest = A['CreateUserRequest'];
export type UpdateUserRequest = A['UpdateUserRequest'];

export type Repository = Sent<P['VcsRepository']>;
export type Environment = Sent<P['Environment']>;
export type DeploymentStatus = P['RecordDeploymentRequest']['status'];
export const DEPLOYMENT_STATUSES: DeploymentStatus[] = ['IN_PROGRESS', 'SUCCEEDED', 'FAILED', 'ROLLED_BACK'];
export type Deployment = Sent<P['DeploymentResponse']>;
export type Version = Omit<Sent<P['VersionResponse'], 'notes' | 'committedAt'>, 'deployments'> & { deployments: Deployment[] };
export type Project = Omit<Sent<P['ProjectResponse'], 'description'>, 'repositories' | 'environments' | 'versions'> & {
  repositories: Repository[];
  environments: Environment[];
  versions: Version[];
};
export type ProjectInput = Sent<P['CreateProjectRequest']>;
export type UpdateProjectRequest = P['UpdateProjectRequest'];
export type AddRepositoryRequest = P['AddRepositoryRequest'];
export type AddEnvironmentRequest = P['AddEnvironmentRequest'];
export type AddVersionRequest = P['AddVersionRequest'];
export type RecordDeploymentRequest = P['RecordDeploymentRequest'];

export type JobStatus = Sent<T['Job']>['status'];
export const JOB_STATUSES: JobStatus[] = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'];
export const isFinal = (s: JobStatus) => s === 'SUCCEEDED' || s === 'FAILED' || s === 'CANCELLED';
export type Stage = Sent<T['Stage'], 'startedAt' | 'finishedAt' | 'externalId' | 'externalUrl'>;
export type StageStatus = Stage['status'];
/** `version` is the job's write counter: a higher one is a later state. */
export type Job = Omit<
  Sent<T['Job'], 'retryOf' | 'startedAt' | 'finishedAt' | 'externalId' | 'externalUrl' | 'pipeline' | 'commit' | 'triggeredBy' | 'sourceUpdatedAt'>,
  'stages'
> & { stages: Stage[] };
/** `simulated` for the worker's own runs, else the CI system that reported the run. */
export const JOB_SOURCES = ['simulated', 'github', 'gitlab', 'cdevents'] as const;
export type JobSource = (typeof JOB_SOURCES)[number];
/** An external run's cancel and retry belong to its own system (tasks-service answers 409). */
export const isExternal = (job: Pick<Job, 'source'>) => !!job.source && job.source !== 'simulated';
export type StartJobRequest = T['StartJobRequest'];
export type Ticket = Sent<T['TicketResponse']>;

export type Summary = Sent<M['Summary'], 'successRate' | 'durationP50Ms' | 'durationP95Ms' | 'queueP50Ms' | 'queueP95Ms'>;
export type BuildBucket = Sent<M['BuildBucket']>;
// deploymentFrequencyPerDay is 0, not null, without deployments today; the dashboard reads a null as "no data" all the same.
export type Delivery = Sent<M['Delivery'], 'deploymentFrequencyPerDay' | 'leadTimeHours' | 'changeFailureRate' | 'timeToRestoreHours'>;

export type DeliveryDeployment = Sent<M['DeliveryDeployment'], 'commit' | 'version'>;
export type DeliveryIncident = Sent<M['Incident'], 'resolvedAt' | 'restoreHours' | 'deploymentId' | 'linkedBy'>;
export type FlakyCommit = Sent<M['FlakyCommit']>;

export type IntegrationKind = Sent<P['IntegrationResponse']>['kind'];
export const INTEGRATION_KINDS: IntegrationKind[] = ['github', 'gitlab', 'cdevents', 'alertmanager'];
export type DeliveryCounts = Sent<P['DeliveryCounts']>;
export type Integration = Omit<Sent<P['IntegrationResponse'], 'lastDeliveryAt'>, 'counts'> & { counts: DeliveryCounts };
/** The answer to creating an integration or rotating its secret: the only time the secret is shown. */
export type IntegrationSecret = Sent<P['IntegrationSecretResponse']>;
export type HookDelivery = Sent<P['DeliveryResponse'], 'detail' | 'event'>;
export type DeliveryOutcome = HookDelivery['outcome'];
/** A line of GET /projects/{id}/deployments: manual (`source` "manual") or from a hook. `leadTimeHours` is left out when unknown. */
export type DeploymentListItem = Omit<Sent<P['DeploymentListItem'], 'commit' | 'version'>, 'leadTimeHours'> & { leadTimeHours?: number };
export type Incident = Sent<P['Incident'], 'resolvedAt' | 'deploymentId' | 'linkedBy' | 'source' | 'externalId'>;
export type IncidentStatus = Incident['status'];
export type CreateIncidentRequest = P['CreateIncidentRequest'];

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldError[];
}
