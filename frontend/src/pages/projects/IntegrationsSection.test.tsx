import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db, users } from '../../test/http';
import { renderApp } from '../../test/render';

const section = async () => (await screen.findByRole('heading', { name: 'Integrations' })).closest('section')!;

describe('project integrations', () => {
  it('adds a GitHub integration and shows its full hook URL and its secret once', async () => {
    const project = db.addProject({ name: 'billing' });
    renderApp(`/dashboard/projects/${project.id}`, users.maintainer);
    await userEvent.click(within(await section()).getByRole('button', { name: 'Add integration' }));
    const add = screen.getByRole('dialog', { name: 'Add integration' });
    expect(within(add).getByLabelText('Sender')).toHaveValue('github');
    await userEvent.click(within(add).getByRole('button', { name: 'Add' }));

    const shown = await screen.findByRole('dialog', { name: 'GitHub integration added' });
    const [stored] = db.integrations;
    expect(within(shown).getByTestId('hook-url')).toHaveTextContent(`${window.location.origin}/hooks/github/${stored.id}`);
    expect(within(shown).getByTestId('hook-secret')).toHaveTextContent(stored.secret);
    expect(within(shown).getByRole('button', { name: 'Copy secret' })).toBeInTheDocument();
    expect(within(shown).getByTestId('paste-github')).toHaveTextContent('Settings → Webhooks');
    expect(within(shown).getByTestId('paste-github')).toHaveTextContent('Workflow runs');

    await userEvent.click(within(shown).getByRole('button', { name: 'Done' }));
    // Listed with its URL; the secret is never shown again.
    const list = await section();
    expect(await within(list).findByText(`${window.location.origin}/hooks/github/${stored.id}`)).toBeInTheDocument();
    expect(screen.queryByText(stored.secret)).not.toBeInTheDocument();
  });

  it('rotates a secret and shows the new one once', async () => {
    const project = db.addProject({ name: 'billing' });
    db.addIntegration(project.id, 'gitlab', { secret: 'old-secret' });
    renderApp(`/dashboard/projects/${project.id}`, users.maintainer);
    await userEvent.click(await within(await section()).findByRole('button', { name: 'Rotate GitLab secret' }));

    const shown = await screen.findByRole('dialog', { name: 'New GitLab secret' });
    expect(db.integrations[0].secret).not.toBe('old-secret');
    expect(within(shown).getByTestId('hook-secret')).toHaveTextContent(db.integrations[0].secret);
    expect(within(shown).getByText(/previous secret no longer works/)).toBeInTheDocument();
    expect(within(shown).getByTestId('paste-gitlab')).toHaveTextContent('Secret token');
  });

  it('deletes an integration after confirming', async () => {
    const project = db.addProject({ name: 'billing' });
    db.addIntegration(project.id, 'alertmanager');
    renderApp(`/dashboard/projects/${project.id}`, users.maintainer);
    await userEvent.click(await within(await section()).findByRole('button', { name: 'Delete Alertmanager integration' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete the Alertmanager integration?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete integration' }));

    expect(await within(await section()).findByText('No integrations')).toBeInTheDocument();
    expect(db.integrations).toEqual([]);
  });

  it('lets a viewer see the integrations and their deliveries, but change nothing', async () => {
    const project = db.addProject({ name: 'billing' });
    db.addIntegration(project.id, 'github', {
      lastDeliveryAt: '2026-03-01T10:05:00Z',
      counts: { accepted: 1, duplicate: 0, ignored: 0, rejected: 1 },
      deliveries: [
        { deliveryId: 'd-2', event: null, receivedAt: '2026-03-01T10:05:00Z', outcome: 'REJECTED', detail: 'signature does not match' },
        { deliveryId: 'd-1', event: 'workflow_run', receivedAt: '2026-03-01T10:04:00Z', outcome: 'ACCEPTED', detail: null },
      ],
    });
    renderApp(`/dashboard/projects/${project.id}`, users.viewer);
    const list = await section();
    await userEvent.click(await within(list).findByRole('button', { name: 'Deliveries' }));

    const table = await within(list).findByRole('table', { name: 'Deliveries of GitHub' });
    expect(within(table).getByText('workflow_run')).toBeInTheDocument();
    expect(within(table).getByText('Rejected')).toBeInTheDocument();
    expect(within(table).getByText('signature does not match')).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: 'Add integration' })).not.toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: /Rotate/ })).not.toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
  });

  it('copies the hook URL to the clipboard', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    const project = db.addProject({ name: 'billing' });
    const { hookPath } = db.addIntegration(project.id, 'cdevents');
    renderApp(`/dashboard/projects/${project.id}`, users.viewer);
    const list = await section();
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(await within(list).findByRole('button', { name: 'Copy hook url' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${hookPath}`);
    expect(await within(list).findByRole('button', { name: 'Copy hook url' })).toHaveTextContent('Copied');
    expect(within(list).getByTestId('paste-cdevents')).toHaveTextContent('Authorization: Bearer');
  });
});
