export type Role = 'ADMIN' | 'MAINTAINER' | 'VIEWER';
export const ROLES: Role[] = ['ADMIN', 'MAINTAINER', 'VIEWER'];

export interface Page<T> {
  content: T[];
  page: { number: number; size: number; totalElements: number; totalPages: number };
}

export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  tokenType: string;
  expiresIn: number;
}

export interface Me {
  id: string;
  username: string;
  roles: Role[];
}

export interface User extends Me {
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Repository {
  id: string;
  name: string;
  url: string;
  defaultBranch: string;
}

export interface Environment {
  id: string;
  name: string;
  url: string;
  protected: boolean;
}

export type DeploymentStatus = 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'ROLLED_BACK';
export const DEPLOYMENT_STATUSES: DeploymentStatus[] = ['IN_PROGRESS', 'SUCCEEDED', 'FAILED', 'ROLLED_BACK'];

export interface Deployment {
  id: string;
  environment: string;
  status: DeploymentStatus;
  deployedBy: string;
  deployedAt: string;
}

export interface Version {
  version: string;
  commit: string;
  notes?: string | null;
  createdAt: string;
  deployments: Deployment[];
}

export interface Project {
  id: string;
  name: string;
  description?: string | null;
  owner: string;
  tags: string[];
  repositories: Repository[];
  environments: Environment[];
  versions: Version[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ProjectInput {
  name: string;
  description: string;
  tags: string[];
}

export type JobStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
export const JOB_STATUSES: JobStatus[] = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'];
export const isFinal = (s: JobStatus) => s === 'SUCCEEDED' || s === 'FAILED' || s === 'CANCELLED';

export interface Stage {
  name: string;
  status: JobStatus | 'PENDING' | 'SKIPPED' | string;
  startedAt?: string | null;
  finishedAt?: string | null;
}

export interface Job {
  id: string;
  projectId: string;
  ref: string;
  status: JobStatus;
  attempt: number;
  stages: Stage[];
  createdAt: string;
  startedAt?: string | null;
  finishedAt?: string | null;
  /** The job's write counter: a higher one is a later state. */
  version?: number;
  updatedAt?: string;
}

export interface Summary {
  total: number;
  succeeded: number;
  failed: number;
  cancelled: number;
  successRate: number | null;
  durationP50Ms: number | null;
  durationP95Ms: number | null;
}

export interface BuildBucket {
  time: string;
  succeeded: number;
  failed: number;
  cancelled: number;
}

export interface Delivery {
  deploymentFrequencyPerDay: number | null;
  leadTimeHours: number | null;
  changeFailureRate: number | null;
  timeToRestoreHours: number | null;
}

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
