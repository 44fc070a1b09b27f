// The in-memory state behind the mock API: what the four services would hold. Reset before each test.
import type {
  BuildBucket,
  Delivery,
  DeliveryDeployment,
  DeliveryIncident,
  DeploymentListItem,
  FlakyCommit,
  HookDelivery,
  Incident,
  Integration,
  IntegrationKind,
  Job,
  Project,
  Role,
  Summary,
  User,
} from '../../api/types';
import { aJob, aProject, aUser } from '../fixtures';

interface Account extends User {
  password: string;
}

/** An integration as projects-service holds it: with its project, its current secret and its delivery log. */
export interface StoredIntegration extends Integration {
  projectId: string;
  secret: string;
  deliveries: HookDelivery[];
}

const initialUsers = (): Account[] => [
  { ...aUser({ id: 'u-admin', username: 'admin', roles: ['ADMIN'] }), password: 'admin-pw' },
  { ...aUser({ id: 'u-maint', username: 'mia', roles: ['MAINTAINER'] }), password: 'mia-pw' },
  { ...aUser({ id: 'u-view', username: 'victor', roles: ['VIEWER'] }), password: 'victor-pw' },
];

export const db = {
  users: initialUsers(),
  projects: [] as Project[],
  jobs: [] as Job[],
  integrations: [] as StoredIntegration[],
  /** GET /projects/{id}/deployments lines, by project, newest first */
  deployments: new Map<string, DeploymentListItem[]>(),
  incidents: [] as Incident[],
  deliveryDeployments: [] as DeliveryDeployment[],
  deliveryIncidents: [] as DeliveryIncident[],
  flaky: [] as FlakyCommit[],
  /** access token → user name */
  accessTokens: new Map<string, string>(),
  /** refresh token → user name and whether it was already used (rotation) */
  refreshTokens: new Map<string, { username: string; used: boolean }>(),
  summary: { total: 0, succeeded: 0, failed: 0, cancelled: 0, successRate: null, durationP50Ms: null, durationP95Ms: null, queueP50Ms: null, queueP95Ms: null } as Summary,
  builds: [] as BuildBucket[],
  delivery: { deploymentFrequencyPerDay: 0, leadTimeHours: null, changeFailureRate: null, timeToRestoreHours: null } as Delivery,
  sequence: 0,

  reset() {
    this.users = initialUsers();
    this.projects = [];
    this.jobs = [];
    this.integrations = [];
    this.deployments = new Map();
    this.incidents = [];
    this.deliveryDeployments = [];
    this.deliveryIncidents = [];
    this.flaky = [];
    this.accessTokens.clear();
    this.refreshTokens.clear();
    this.summary = { total: 0, succeeded: 0, failed: 0, cancelled: 0, successRate: null, durationP50Ms: null, durationP95Ms: null, queueP50Ms: null, queueP95Ms: null };
    this.builds = [];
    this.delivery = { deploymentFrequencyPerDay: 0, leadTimeHours: null, changeFailureRate: null, timeToRestoreHours: null };
    this.sequence = 0;
  },

  nextId(prefix: string) {
    this.sequence += 1;
    return `${prefix}-${this.sequence}`;
  },

  /** A session for a user, as POST /auth/login would give it. */
  issueTokens(username: string) {
    const n = this.nextId('t');
    const tokens = { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, tokenType: 'Bearer', expiresIn: 900 };
    this.accessTokens.set(tokens.accessToken, username);
    this.refreshTokens.set(tokens.refreshToken, { username, used: false });
    return tokens;
  },

  /** Ends every session of a user (deleted or disabled accounts). */
  revokeSessions(username: string) {
    for (const [token, name] of this.accessTokens) if (name === username) this.accessTokens.delete(token);
    for (const [token, entry] of this.refreshTokens) if (entry.username === username) this.refreshTokens.delete(token);
  },

  addProject(over: Partial<Project> = {}) {
    const project = aProject({ id: this.nextId('p'), ...over });
    this.projects.push(project);
    return project;
  },

  addJob(over: Partial<Job> = {}) {
    const job = aJob({ id: this.nextId('job'), ...over });
    this.jobs.unshift(job);
    return job;
  },

  /** An integration of a project, as POST /projects/{id}/integrations makes it: no delivery yet. */
  addIntegration(projectId: string, kind: IntegrationKind, over: Partial<StoredIntegration> = {}) {
    const id = over.id ?? this.nextId('i');
    const integration: StoredIntegration = {
      id, kind, hookPath: `/hooks/${kind}/${id}`, createdAt: '2026-03-01T10:00:00Z', lastDeliveryAt: null,
      counts: { accepted: 0, duplicate: 0, ignored: 0, rejected: 0 }, projectId, secret: 's', deliveries: [],
      ...over,
    };
    this.integrations.push(integration);
    return integration;
  },

  addUser(username: string, roles: Role[], password = `${username}-pw`) {
    const user = { ...aUser({ id: this.nextId('u'), username, roles }), password };
    this.users.push(user);
    return user;
  },
};
