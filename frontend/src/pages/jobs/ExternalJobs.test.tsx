import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aStage } from '../../test/fixtures';
import { db, users } from '../../test/http';
import { renderApp } from '../../test/render';

const githubRun = {
  source: 'github',
  externalId: '30433642',
  externalUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/30433642',
  pipeline: 'CI',
  commit: 'c5c8ca2b9b3a41b5b2a4d4f0f1e0a1b2c3d4e5f6',
  triggeredBy: 'Codertocat',
  status: 'FAILED' as const,
  stages: [
    aStage('build', 'SUCCEEDED', { externalUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/30433642/job/1' }),
    aStage('test', 'FAILED', { externalUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/30433642/job/2' }),
  ],
};

describe('external runs on the jobs board and the job page', () => {
  it('shows the source, pipeline, short commit, who triggered it and a link to the run, without cancel or retry', async () => {
    vi.stubGlobal('EventSource', class { addEventListener() {} close() {} });
    const project = db.addProject({ name: 'hello-world' });
    const external = db.addJob({ projectId: project.id, ...githubRun });
    db.addJob({ projectId: project.id, status: 'FAILED' });
    renderApp('/jobs', users.maintainer);

    const row = (await screen.findByText(external.id.slice(0, 8))).closest('tr')!;
    expect(within(row).getByTestId('job-source')).toHaveAttribute('data-source', 'github');
    expect(within(row).getByText('GitHub')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Open CI in GitHub' })).toHaveAttribute('href', githubRun.externalUrl);
    expect(within(row).getByText('c5c8ca2')).toHaveAttribute('title', githubRun.commit);
    expect(within(row).getByText('by Codertocat')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();
    // A simulated failed job keeps its retry.
    const simulated = screen.getAllByTestId('job-source').find((b) => b.dataset.source === 'simulated')!.closest('tr')!;
    expect(within(simulated).getByRole('button', { name: /Retry/ })).toBeInTheDocument();
  });

  it('filters the board by source', async () => {
    vi.stubGlobal('EventSource', class { addEventListener() {} close() {} });
    const project = db.addProject({ name: 'hello-world' });
    const external = db.addJob({ projectId: project.id, ...githubRun });
    const simulated = db.addJob({ projectId: project.id });
    const { calls } = renderApp('/jobs', users.viewer);
    await screen.findByText(simulated.id.slice(0, 8));

    await userEvent.selectOptions(screen.getByLabelText('Filter by source'), 'github');
    await vi.waitFor(() => expect(screen.queryByText(simulated.id.slice(0, 8))).not.toBeInTheDocument());
    expect(screen.getByText(external.id.slice(0, 8))).toBeInTheDocument();
    expect(calls.some((c) => c.url.startsWith('/tasks?') && c.url.includes('source=github'))).toBe(true);
  });

  it('links the job page and its stages to the run in its own system', async () => {
    vi.stubGlobal('EventSource', class { addEventListener() {} close() {} });
    const project = db.addProject({ name: 'hello-world' });
    const job = db.addJob({ projectId: project.id, ...githubRun });
    renderApp(`/jobs/${job.id}`, users.admin);

    expect(await screen.findByRole('link', { name: /Open in GitHub/ })).toHaveAttribute('href', githubRun.externalUrl);
    expect(screen.getByRole('link', { name: 'Open stage test' })).toHaveAttribute('href', githubRun.stages[1].externalUrl);
    expect(screen.getByText('Codertocat')).toBeInTheDocument();
    expect(screen.getByText('c5c8ca2')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Retry job/ })).not.toBeInTheDocument();
  });
});
