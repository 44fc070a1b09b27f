import type { Me, Project, Role } from '../api/types';

const has = (user: Me | null | undefined, ...roles: Role[]) => !!user && user.roles.some((r) => roles.includes(r));

/** What the interface offers; the services enforce the same rules. */
export const can = {
  editProjects: (u?: Me | null) => has(u, 'ADMIN', 'MAINTAINER'),
  deleteProject: (u: Me | null | undefined, p: Pick<Project, 'owner'>) =>
    has(u, 'ADMIN') || (has(u, 'MAINTAINER') && !!u && p.owner === u.username),
  runJobs: (u?: Me | null) => has(u, 'ADMIN', 'MAINTAINER'),
  manageUsers: (u?: Me | null) => has(u, 'ADMIN'),
};
