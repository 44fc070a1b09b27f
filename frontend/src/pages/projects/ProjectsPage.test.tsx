import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { submitDialog } from '../../test/forms';
import { db, users } from '../../test/http';
import { renderApp } from '../../test/render';

describe('projects', () => {
  it('creates a project and opens it', async () => {
    renderApp('/dashboard/projects', users.maintainer);
    await submitDialog(await screen.findByRole('button', { name: 'Create the first project' }), 'New project', { Name: 'shop', Tags: 'web, e2e' }, 'Create project');

    expect(await screen.findByRole('heading', { name: 'shop' })).toBeInTheDocument();
    expect(db.projects.map((p) => [p.name, p.owner, p.tags])).toEqual([['shop', 'mia', ['web', 'e2e']]]);
  });

  it('shows the 409 of an edit made on a stale version, then saves on the version read again', async () => {
    const project = db.addProject({ name: 'billing', owner: 'mia' });
    const { calls } = renderApp('/dashboard/projects', users.maintainer);
    const listReads = () => calls.filter((c) => c.url.startsWith('/projects?')).length;
    await userEvent.click(await screen.findByRole('button', { name: 'Edit billing' }));
    project.version += 1; // someone else saved in the meantime

    const dialog = screen.getByRole('dialog', { name: 'Edit billing' });
    await userEvent.type(within(dialog).getByLabelText('Description'), ' (edited)');
    const readsBefore = listReads();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The project changed since version 0: read it again and repeat the edit.');

    // The project was read again: saving once more carries its current version and goes through.
    await vi.waitFor(() => expect(listReads()).toBeGreaterThan(readsBefore));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(db.projects[0].description).toBe('billing service (edited)');
  });

  it('deletes a project and drops it from the list', async () => {
    db.addProject({ name: 'billing', owner: 'mia' });
    db.addProject({ name: 'catalog', owner: 'mia' });
    renderApp('/dashboard/projects', users.maintainer);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete billing' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Delete project' })).getByRole('button', { name: 'Delete' }));

    await vi.waitFor(() => expect(screen.queryByRole('link', { name: 'billing' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'catalog' })).toBeInTheDocument();
    expect(db.projects.map((p) => p.name)).toEqual(['catalog']);
  });

  it('says so when a project does not exist', async () => {
    renderApp('/dashboard/projects/nope', users.viewer);
    expect(await screen.findByText('Not found.')).toBeInTheDocument();
  });
});
