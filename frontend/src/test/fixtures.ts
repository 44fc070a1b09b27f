// Complete API objects for tests, built by small helpers (what the services send, every field present).
import type { Job, Project, Stage, StageStatus, User } from '../api/types';

export const aStage = (name: string, status: StageStatus = 'PENDING', over: Partial<Stage> = {}): Stage => ({
  name,
  status,
  startedAt: null,
  finishedAt: null,
  externalId: null,
  externalUrl: null,
  ...over,
});

export const aJob = (over: Partial<Job> = {}): Job => ({
  id: 'job-1',
  projectId: 'p1',
  ref: 'main',
  status: 'QUEUED',
  attempt: 1,
  retryOf: null,
  stages: [aStage('build'), aStage('test')],
  createdAt: '2026-03-01T10:00:00Z',
  startedAt: null,
  finishedAt: null,
  createdBy: 'mia',
  cancelRequested: false,
  updatedAt: '2026-03-01T10:00:00Z',
  version: 1,
  source: 'simulated',
  externalId: null,
  externalUrl: null,
  pipeline: null,
  commit: null,
  triggeredBy: null,
  sourceUpdatedAt: null,
  ...over,
});

export const aProject = (over: Partial<Project> = {}): Project => ({
  id: 'p1',
  name: 'billing',
  description: 'billing service',
  owner: 'mia',
  tags: ['backend'],
  repositories: [],
  environments: [],
  versions: [],
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-01-02T10:00:00Z',
  version: 0,
  ...over,
});

export const aUser = (over: Partial<User> = {}): User => ({
  id: 'u-1',
  username: 'victor',
  roles: ['VIEWER'],
  enabled: true,
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-01-01T10:00:00Z',
  ...over,
});
