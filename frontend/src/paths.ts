// Every address of the dashboard, in one place: `routes` are the patterns the router matches,
// `paths` build the links to them.
export const routes = {
  login: '/login',
  projects: '/dashboard/projects',
  project: '/dashboard/projects/:id',
  jobs: '/jobs',
  job: '/jobs/:id',
  metrics: '/metrics',
  users: '/users',
} as const;

const enc = encodeURIComponent;

export const paths = {
  login: routes.login,
  projects: routes.projects,
  project: (id: string) => `${routes.projects}/${enc(id)}`,
  jobs: (filters: { projectId?: string } = {}) => (filters.projectId ? `${routes.jobs}?projectId=${enc(filters.projectId)}` : routes.jobs),
  job: (id: string) => `${routes.jobs}/${enc(id)}`,
  metrics: routes.metrics,
  users: routes.users,
} as const;
