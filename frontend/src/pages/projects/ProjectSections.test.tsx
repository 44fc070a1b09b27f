import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { submitDialog } from '../../test/forms';
import { db, users } from '../../test/http';
import { renderApp } from '../../test/render';

const section = async (title: string) => (await screen.findByRole('heading', { name: title })).closest('section')!;

describe('project sections', () => {
  it('adds a repository, then offers an empty form for the next one', async () => {
    const project = db.addProject({ name: 'billing' });
    renderApp(`/dashboard/projects/${project.id}`, users.maintainer);
    await submitDialog(within(await section('Repositories')).getByRole('button', { name: 'Add repository' }), 'Add repository', { Name: 'api', URL: 'https://git.example.com/team/api.git' }, 'Add');

    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(await section('Repositories')).findByText('https://git.example.com/team/api.git')).toBeInTheDocument();
    expect(db.projects[0].repositories.map((r) => [r.name, r.defaultBranch])).toEqual([['api', 'main']]);

    await userEvent.click(within(await section('Repositories')).getByRole('button', { name: 'Add repository' }));
    expect(within(screen.getByRole('dialog', { name: 'Add repository' })).getByLabelText('Name')).toHaveValue('');
  });

  it('keeps the new version dialog open on a taken version, and opens it again without the error', async () => {
    const project = db.addProject({ name: 'billing' });
    project.versions.push({ version: '1.0.0', commit: 'abc1234', notes: null, committedAt: null, createdAt: '2026-03-01T10:00:00Z', deployments: [] });
    renderApp(`/dashboard/projects/${project.id}`, users.maintainer);
    const dialog = await submitDialog(within(await section('Versions')).getByRole('button', { name: 'New version' }), 'New version', { Version: '1.0.0', Commit: 'def5678' }, 'Create version');

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Version 1.0.0 already exists.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await userEvent.click(within(await section('Versions')).getByRole('button', { name: 'New version' }));
    const again = screen.getByRole('dialog', { name: 'New version' });
    expect(within(again).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(again).getByLabelText('Version')).toHaveValue('1.0.0');
  });
});
