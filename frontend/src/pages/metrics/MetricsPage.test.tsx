import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db, users } from '../../test/http';
import { renderApp } from '../../test/render';

describe('metrics', () => {
  it('shows the DORA figures GET /stats/delivery returns, with their bands', async () => {
    db.delivery = { deploymentFrequencyPerDay: 1.5, leadTimeHours: 30, changeFailureRate: 0.2, timeToRestoreHours: null };
    db.summary = { total: 10, succeeded: 8, failed: 1, cancelled: 1, successRate: 8 / 9, durationP50Ms: 42_000, durationP95Ms: 90_000, queueP50Ms: 1_500, queueP95Ms: 4_000 };
    renderApp('/metrics', users.viewer);

    const frequency = (await screen.findByText('Deployment frequency')).closest('div')!.parentElement!;
    expect(frequency).toHaveTextContent('1.5 / day');
    expect(frequency).toHaveTextContent('Elite');
    expect(screen.getByText('Lead time for changes').closest('div')!.parentElement).toHaveTextContent('High');
    expect(screen.getByText('Change failure rate').closest('div')!.parentElement).toHaveTextContent('20');
    expect(screen.getByText('Time to restore').closest('div')!.parentElement).toHaveTextContent('No data');
    expect(screen.getByTestId('stat-total')).toHaveTextContent('10');
  });
});

describe('metrics: queue time, flaky pipelines, team filter and the lists behind the DORA tiles', () => {
  const deployments = [
    { deploymentId: 'dep-2', projectId: 'p-1', environment: 'production', commit: 'bbbbbbb1234', version: null, status: 'SUCCEEDED', deployedAt: '2026-03-01T12:00:00Z', leadTimeHours: 0.5, incidentIds: ['inc-1'] },
    { deploymentId: 'dep-1', projectId: 'p-1', environment: 'production', commit: 'aaaaaaa1234', version: '1.0.0', status: 'SUCCEEDED', deployedAt: '2026-03-01T10:00:00Z', leadTimeHours: 2, incidentIds: [] },
  ];

  it('shows queue time p50/p95 and the flaky pipelines', async () => {
    db.summary = { total: 2, succeeded: 1, failed: 1, cancelled: 0, successRate: 0.5, durationP50Ms: 42_000, durationP95Ms: 90_000, queueP50Ms: 1_500, queueP95Ms: 4_000 };
    db.addProject({ name: 'billing' });
    db.flaky = [{ projectId: 'p-1', pipeline: 'CI', commit: 'c5c8ca2b9b3a', runs: 3, succeeded: 1, failed: 2, lastSeenAt: '2026-03-01T10:00:00Z' }];
    renderApp('/metrics', users.viewer);

    expect(await screen.findByTestId('stat-queue-p50')).toHaveTextContent('1.5 s');
    expect(screen.getByTestId('stat-queue-p95')).toHaveTextContent('4.0 s');
    const flaky = await screen.findByRole('table', { name: 'Flaky pipelines' });
    expect(within(flaky).getByText('c5c8ca2')).toBeInTheDocument();
    expect(within(flaky).getByText('CI')).toBeInTheDocument();
    expect(await within(flaky).findByText('billing')).toBeInTheDocument();
  });

  it('applies the team filter to every stats query', async () => {
    db.addProject({ name: 'billing', tags: ['payments'] });
    db.addProject({ name: 'shop', tags: ['web'] });
    const { calls } = renderApp('/metrics', users.viewer);
    await screen.findByTestId('stat-total');
    await userEvent.selectOptions(await screen.findByLabelText('Team (project tag)'), 'payments');

    await vi.waitFor(() => {
      for (const path of ['/stats/summary', '/stats/builds', '/stats/delivery?', '/stats/flaky']) {
        expect(calls.some((c) => c.url.startsWith(path) && c.url.includes('tag=payments')), path).toBe(true);
      }
    });
  });

  it('opens the deployments behind the change failure rate, with links to the run and the incident', async () => {
    db.delivery = { deploymentFrequencyPerDay: 2, leadTimeHours: 1.25, changeFailureRate: 0.5, timeToRestoreHours: null };
    db.addProject({ name: 'billing' });
    db.deliveryDeployments = deployments;
    const job = db.addJob({ projectId: 'p-1', commit: 'bbbbbbb1234', source: 'github', externalUrl: 'https://github.com/o/r/actions/runs/9' });
    const { calls } = renderApp('/metrics?tag=web', users.viewer);
    await userEvent.click(await screen.findByRole('button', { name: /Change failure rate: 50/ }));

    const table = await screen.findByRole('table', { name: 'Production deployments' });
    const failed = table.querySelector('[data-deployment-id="dep-2"]') as HTMLElement;
    expect(failed).toHaveAttribute('data-failed-change', 'true');
    expect(within(failed).getByRole('link', { name: 'inc-1' })).toHaveAttribute('href', '/dashboard/projects/p-1#incident-inc-1');
    expect(await within(failed).findByRole('link', { name: `job ${job.id.slice(0, 8)}` })).toHaveAttribute('href', `/jobs/${job.id}`);
    expect(within(failed).getByRole('link', { name: /Open the run/ })).toHaveAttribute('href', 'https://github.com/o/r/actions/runs/9');
    expect((table.querySelector('[data-deployment-id="dep-1"]') as HTMLElement)).toHaveAttribute('data-failed-change', 'false');
    expect(calls.some((c) => c.url.startsWith('/stats/delivery/deployments') && c.url.includes('tag=web'))).toBe(true);
  });

  it('opens the incidents behind the time to restore, with how each one is linked', async () => {
    db.delivery = { deploymentFrequencyPerDay: 1, leadTimeHours: 1, changeFailureRate: 0.5, timeToRestoreHours: 1.5 };
    db.addProject({ name: 'billing' });
    db.deliveryIncidents = [
      { incidentId: 'inc-1', projectId: 'p-1', environment: 'production', title: 'HighErrorRate: 5xx above 5 %', detectedAt: '2026-03-01T12:10:00Z', resolvedAt: '2026-03-01T13:40:00Z', restoreHours: 1.5, deploymentId: 'dep-2', linkedBy: 'AUTO' },
      { incidentId: 'inc-2', projectId: 'p-1', environment: 'production', title: 'Checkout down', detectedAt: '2026-03-01T14:00:00Z', resolvedAt: null, restoreHours: null, deploymentId: null, linkedBy: null },
    ];
    renderApp('/metrics', users.viewer);
    await userEvent.click(await screen.findByRole('button', { name: /Time to restore/ }));

    const table = await screen.findByRole('table', { name: 'Production incidents' });
    expect(within(table).getByRole('link', { name: 'HighErrorRate: 5xx above 5 %' })).toHaveAttribute('href', '/dashboard/projects/p-1#incident-inc-1');
    expect(within(table).getByText('linked by time')).toBeInTheDocument();
    expect(within(table).getByText('1 h 30 min')).toBeInTheDocument();
    expect(within(table).getByText('Open')).toBeInTheDocument();
  });
});
