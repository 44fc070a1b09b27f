import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
