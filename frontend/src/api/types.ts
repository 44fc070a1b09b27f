// The dashboard's names for the API's shapes, from the types generated out of the services' OpenAPI
// documents (src/api/generated, "npm run gen:api"). Only the error document is written here: no service
// documents its problem responses yet.
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
export type Stage = Sent<T['Stage'], 'startedAt' | 'finishedAt'>;
export type StageStatus = Stage['status'];
/** `version` is the job's write counter: a higher one is a later state. */
export type Job = Omit<Sent<T['Job'], 'retryOf' | 'startedAt' | 'finishedAt'>, 'stages'> & { stages: Stage[] };
export type StartJobRequest = T['StartJobRequest'];
export type Ticket = Sent<T['TicketResponse']>;

export type Summary = Sent<M['Summary'], 'successRate' | 'durationP50Ms' | 'durationP95Ms'>;
export type BuildBucket = Sent<M['BuildBucket']>;
// deploymentFrequencyPerDay is 0, not null, without deployments today; the dashboard reads a null as "no data" all the same.
export type Delivery = Sent<M['Delivery'], 'deploymentFrequencyPerDay' | 'leadTimeHours' | 'changeFailureRate' | 'timeToRestoreHours'>;

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
