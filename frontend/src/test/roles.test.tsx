import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aJob, aProject } from './fixtures';
import { json, page, users } from './http';
import { renderApp } from './render';

const project = (name: string, owner: string) => aProject({ id: `id-${name}`, name, description: `${name} service`, owner });

const projects = [project('billing', 'mia'), project('catalog', 'admin')];
const api = (c: { url: string }) => (c.url.startsWith('/projects?') ? json(page(projects)) : undefined);

describe('role-dependent interface', () => {
  it('a VIEWER sees projects but no create, edit or delete controls, and no Users page', async () => {
    renderApp('/dashboard/projects', users.viewer, api);

    const table = await screen.findByRole('table', { name: 'Projects' });
    expect(within(table).getByText('billing')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New project' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
  });

  it('a MAINTAINER edits every project but deletes only the ones they own', async () => {
    renderApp('/dashboard/projects', users.maintainer, api);

    await screen.findByRole('table', { name: 'Projects' });
    expect(screen.getByRole('button', { name: 'New project' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit billing' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit catalog' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete billing' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete catalog' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
  });

  it('an ADMIN deletes any project and reaches the Users page', async () => {
    renderApp('/dashboard/projects', users.admin, api);

    await screen.findByRole('table', { name: 'Projects' });
    expect(screen.getByRole('button', { name: 'Delete billing' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete catalog' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Users' })).toBeInTheDocument();
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
