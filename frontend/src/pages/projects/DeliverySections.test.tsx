import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DeploymentListItem } from '../../api/types';
import { db, users } from '../../test/http';
import { renderApp } from '../../test/render';

const section = async (name: string) => (await screen.findByRole('heading', { name })).closest('section')!;
const aDeployment = (over: Partial<DeploymentListItem>): DeploymentListItem => ({
  id: 'dep-1', environment: 'production', commit: 'aaaaaaa1111', version: null, status: 'SUCCEEDED', deployedAt: '2026-03-01T10:00:00Z', source: 'github', ...over,
});
const withProduction = () =>
  db.addProject({ name: 'billing', environments: [{ id: 'e1', name: 'production', url: '', protected: true }, { id: 'e2', name: 'staging', url: '', protected: false }] });

describe('project deployments and incidents', () => {
  it('lists deployments, filtered by environment', async () => {
    const project = withProduction();
    db.deployments.set(project.id, [
      aDeployment({ id: 'dep-2', environment: 'staging', version: '1.1.0', source: 'manual' }),
      aDeployment({ id: 'dep-1', leadTimeHours: 0.5 }),
    ]);
    const { calls } = renderApp(`/dashboard/projects/${project.id}`, users.viewer);
    const card = await section('Deployments');
    expect(await within(card).findByText('1.1.0')).toBeInTheDocument();
    expect(within(card).getByText('30 min')).toBeInTheDocument();
    expect(within(card).getByText('GitHub')).toBeInTheDocument();

    await userEvent.selectOptions(within(card).getByLabelText('Filter deployments by environment'), 'production');
    await vi.waitFor(() => expect(within(card).queryByText('1.1.0')).not.toBeInTheDocument());
    expect(calls.some((c) => c.url.includes('/deployments?') && c.url.includes('environment=production'))).toBe(true);
  });

  it('opens an incident by hand, linked by time to the last production deployment, then resolves it', async () => {
    const project = withProduction();
    db.deployments.set(project.id, [aDeployment({ id: 'dep-1', version: '1.0.0' })]);
    renderApp(`/dashboard/projects/${project.id}`, users.maintainer);
    await userEvent.click(within(await section('Incidents')).getByRole('button', { name: 'Open incident' }));
    const dialog = screen.getByRole('dialog', { name: 'Open an incident' });
    expect(within(dialog).getByLabelText('Environment')).toHaveValue('production');
    await userEvent.type(within(dialog).getByLabelText('Title'), 'Checkout answers 500');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open incident' }));

    const card = await section('Incidents');
    const row = (await within(card).findByText('Checkout answers 500')).closest('tr')!;
    expect(within(row).getByText('Open')).toBeInTheDocument();
    expect(within(row).getByText('Auto')).toBeInTheDocument();
    expect(within(row).getByText(/1\.0\.0/)).toBeInTheDocument();
    expect(db.incidents[0]).toMatchObject({ environment: 'production', deploymentId: 'dep-1', linkedBy: 'AUTO' });

    await userEvent.click(within(row).getByRole('button', { name: 'Resolve Checkout answers 500' }));
    expect(await within(row).findByText('Resolved')).toBeInTheDocument();
    expect(db.incidents[0].status).toBe('RESOLVED');
  });

  it('re-links an incident to another production deployment (MANUAL) and filters by status', async () => {
    const project = withProduction();
    db.deployments.set(project.id, [
      aDeployment({ id: 'dep-2', version: '2.0.0', deployedAt: '2026-03-02T10:00:00Z' }),
      aDeployment({ id: 'dep-s', environment: 'staging', version: '9.9.9' }),
      aDeployment({ id: 'dep-1', version: '1.0.0' }),
    ]);
    db.incidents.push(
      { id: 'inc-1', projectId: project.id, environment: 'production', title: 'HighErrorRate', status: 'OPEN', detectedAt: '2026-03-02T11:00:00Z', resolvedAt: null, deploymentId: 'dep-2', linkedBy: 'AUTO', source: 'alertmanager', externalId: 'fp1' },
      { id: 'inc-0', projectId: project.id, environment: 'production', title: 'Old outage', status: 'RESOLVED', detectedAt: '2026-02-01T11:00:00Z', resolvedAt: '2026-02-01T12:00:00Z', deploymentId: null, linkedBy: null, source: 'manual', externalId: null },
    );
    renderApp(`/dashboard/projects/${project.id}`, users.maintainer);
    const card = await section('Incidents');
    await userEvent.click(await within(card).findByRole('button', { name: 'Change the deployment of HighErrorRate' }));
    const dialog = screen.getByRole('dialog', { name: 'Link the incident to a deployment' });
    const select = within(dialog).getByLabelText('Deployment');
    expect(within(select).queryByText(/9\.9\.9/)).not.toBeInTheDocument();
    await userEvent.selectOptions(select, 'dep-1');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save link' }));

    const row = (await within(card).findByText('HighErrorRate')).closest('tr')!;
    expect(await within(row).findByText('Manual')).toBeInTheDocument();
    expect(db.incidents[0]).toMatchObject({ deploymentId: 'dep-1', linkedBy: 'MANUAL' });

    await userEvent.selectOptions(within(card).getByLabelText('Filter incidents by status'), 'RESOLVED');
    await vi.waitFor(() => expect(within(card).queryByText('HighErrorRate')).not.toBeInTheDocument());
    expect(within(card).getByText('Old outage')).toBeInTheDocument();
  });

  it('shows a viewer the incidents without the buttons that change them', async () => {
    const project = withProduction();
    db.incidents.push({ id: 'inc-1', projectId: project.id, environment: 'production', title: 'HighErrorRate', status: 'OPEN', detectedAt: '2026-03-02T11:00:00Z', resolvedAt: null, deploymentId: null, linkedBy: null, source: 'alertmanager', externalId: 'fp1' });
    renderApp(`/dashboard/projects/${project.id}`, users.viewer);
    const card = await section('Incidents');
    expect(await within(card).findByText('HighErrorRate')).toBeInTheDocument();
    expect(within(card).getByText(/from Alertmanager/)).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Open incident|Resolve|Change the deployment/ })).not.toBeInTheDocument();
  });
});
