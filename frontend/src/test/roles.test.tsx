import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aJob, aProject } from './fixtures';
import { json, page, users } from './http';
import { renderApp } from './render';

const project = (name: string, owner: string) => aProject({ id: `id-${name}`, name, description: `${name} service`, owner });

const projects = [project('billing', 'mia'), project('catalog', 'admin')];
const api = (c: { url: string }) => (c.url.startsWith('/projects?') ? json(page(projects)) : undefined);

/** What the projects page offers the signed-in user: New project, the projects it may edit and delete, the Users link. */
async function offered() {
  await screen.findByRole('table', { name: 'Projects' });
  const projectsTo = (action: string) =>
    screen.queryAllByRole('button', { name: new RegExp(`^${action} `) }).map((b) => b.getAttribute('aria-label')?.slice(action.length + 1));
  return {
    create: screen.queryByRole('button', { name: 'New project' }) !== null,
    edit: projectsTo('Edit'),
    delete: projectsTo('Delete'),
    usersPage: screen.queryByRole('link', { name: 'Users' }) !== null,
  };
}

describe('role-dependent interface', () => {
  it('a VIEWER sees projects but no create, edit or delete controls, and no Users page', async () => {
    renderApp('/dashboard/projects', users.viewer, api);

    expect(within(await screen.findByRole('table', { name: 'Projects' })).getByText('billing')).toBeInTheDocument();
    expect(await offered()).toEqual({ create: false, edit: [], delete: [], usersPage: false });
  });

  it('a MAINTAINER edits every project but deletes only the ones they own', async () => {
    renderApp('/dashboard/projects', users.maintainer, api);

    expect(await offered()).toEqual({ create: true, edit: ['billing', 'catalog'], delete: ['billing'], usersPage: false });
  });

  it('an ADMIN deletes any project and reaches the Users page', async () => {
    renderApp('/dashboard/projects', users.admin, api);

    expect(await offered()).toEqual({ create: true, edit: ['billing', 'catalog'], delete: ['billing', 'catalog'], usersPage: true });
  });

  it('sends a VIEWER who types /users back to the projects', async () => {
    renderApp('/users', users.viewer, api);
    expect(await screen.findByRole('heading', { name: 'Projects' })).toBeInTheDocument();
  });

  it('offers job controls to a MAINTAINER but not to a VIEWER', async () => {
    const jobs = (c: { url: string }) => {
      if (c.url.startsWith('/tasks?')) {
        return json(page([aJob({ projectId: 'id-billing', status: 'RUNNING', stages: [] })]));
      }
      if (c.url.startsWith('/projects')) return api({ url: '/projects?' });
      return undefined;
    };
    const viewer = renderApp('/jobs', users.viewer, jobs);
    await screen.findByRole('table', { name: 'Jobs' });
    expect(screen.queryByRole('button', { name: 'Run pipeline' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Cancel job/ })).not.toBeInTheDocument();
    viewer.unmount();

    renderApp('/jobs', users.maintainer, jobs);
    await screen.findByRole('table', { name: 'Jobs' });
    expect(screen.getByRole('button', { name: 'Run pipeline' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel job job-1' })).toBeInTheDocument();
  });
});
