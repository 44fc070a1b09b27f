import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aJob, aProject, aStage } from '../../test/fixtures';
import { json, page, problem, users } from '../../test/http';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../test/render';
import { applyJobEvent, keepNewerJobs } from '../../api/jobEvents';

class FakeEventSource {
  static instances: FakeEventSource[] = [];
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  listeners: Record<string, ((e: MessageEvent) => void)[]> = {};
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(name: string, fn: (e: MessageEvent) => void) {
    (this.listeners[name] ??= []).push(fn);
  }
  close() {
    this.closed = true;
  }
  emit(name: string, data: unknown) {
    this.listeners[name]?.forEach((fn) => fn(new MessageEvent(name, { data: JSON.stringify(data) })));
  }
}

const job = aJob;

describe('jobs board', () => {
  it('starts a job again under the same Idempotency-Key after a 503, and under a new one once the form changes', async () => {
    const { calls } = renderApp('/jobs', users.maintainer, (c) => {
      if (c.method === 'POST' && c.url === '/tasks') return problem(503, 'Job store unavailable');
      if (c.url.startsWith('/tasks?')) return json(page([]));
      if (c.url.startsWith('/projects?')) return json(page([aProject()]));
      return undefined;
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Run pipeline' }));
    const dialog = await screen.findByRole('dialog');
    const project = within(dialog).getByRole('combobox', { name: 'Project' });
    await vi.waitFor(() => expect(within(project).getAllByRole('option').length).toBeGreaterThan(1));
    await userEvent.selectOptions(project, aProject().id);
    const startJob = () => userEvent.click(within(dialog).getByRole('button', { name: 'Start job' }));
    const starts = () => calls.filter((c) => c.method === 'POST' && c.url === '/tasks');

    await startJob();
    await vi.waitFor(() => expect(starts()).toHaveLength(1));
    await startJob();
    await vi.waitFor(() => expect(starts()).toHaveLength(2));
    await userEvent.type(within(dialog).getByLabelText('Ref'), '-2');
    await startJob();
    await vi.waitFor(() => expect(starts()).toHaveLength(3));

    const keys = starts().map((c) => c.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(starts()[2].body).toMatchObject({ ref: 'main-2' });
  });

  it('changes a job state live from /tasks/events without reloading the page', async () => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    const { calls, session } = renderApp('/jobs', users.maintainer, (c) => {
      if (c.url === '/tasks/events/tickets') return json({ ticket: 't-123', expiresIn: 30 }, 201);
      if (c.url.startsWith('/tasks?')) return json(page([job()]));
      if (c.url.startsWith('/projects?')) return json(page([aProject()]));
      return undefined;
    });

    const row = await screen.findByText('job-1'.slice(0, 8));
    await vi.waitFor(() => expect(FakeEventSource.instances).toHaveLength(1));
    const source = FakeEventSource.instances[0];
    expect(source.url).toBe('/tasks/events?ticket=t-123');
    expect(calls.find((c) => c.url === '/tasks/events/tickets')?.headers.Authorization).toBe(`Bearer ${session!.accessToken}`);
    act(() => source.onopen?.());
    expect(await screen.findByText('Live')).toBeInTheDocument();
    const listCalls = calls.filter((c) => c.url.startsWith('/tasks?')).length;

    act(() => source.emit('job', job({ status: 'RUNNING', version: 2, stages: [aStage('build', 'RUNNING'), aStage('test')] })));
    const tr = row.closest('tr')!;
    expect(await within(tr).findByText('Running')).toBeInTheDocument();

    act(() => source.emit('job', job({ status: 'SUCCEEDED', version: 5, startedAt: '2026-03-01T10:00:00Z', finishedAt: '2026-03-01T10:00:42Z' })));
    expect(await within(tr).findByText('Succeeded')).toBeInTheDocument();
    expect(within(tr).getByText('42 s')).toBeInTheDocument();

    act(() => source.emit('job', job({ id: 'job-2-new', status: 'QUEUED' })));
    expect(await screen.findByText('job-2-ne')).toBeInTheDocument();
    // The states changed (the cache is written asynchronously) without the list being requested again.
    expect(calls.filter((c) => c.url.startsWith('/tasks?'))).toHaveLength(listCalls);
  });

  it('reconnects with a new ticket when the stream drops', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      FakeEventSource.instances = [];
      vi.stubGlobal('EventSource', FakeEventSource);
      let n = 0;
      renderApp('/jobs', users.viewer, (c) => {
        if (c.url === '/tasks/events/tickets') return json({ ticket: `t-${++n}`, expiresIn: 30 }, 201);
        if (c.url.startsWith('/tasks?')) return json(page([job()]));
        if (c.url.startsWith('/projects?')) return json(page([]));
        return undefined;
      });
      await vi.waitFor(() => expect(FakeEventSource.instances).toHaveLength(1));

      act(() => FakeEventSource.instances[0].onerror?.());
      expect(FakeEventSource.instances[0].closed).toBe(true);
      expect(await screen.findByText('Reconnecting…')).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(1100));

      await vi.waitFor(() => expect(FakeEventSource.instances).toHaveLength(2));
      expect(FakeEventSource.instances[1].url).toBe('/tasks/events?ticket=t-2');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('applyJobEvent', () => {
  const current = page([job({ id: 'a' }), job({ id: 'b' })], 0, 2, 5);

  it('replaces a job shown on the page in place', () => {
    const next = applyJobEvent(current, job({ id: 'b', status: 'FAILED' }), {});
    expect(next.content.map((j) => [j.id, j.status])).toEqual([['a', 'QUEUED'], ['b', 'FAILED']]);
    expect(next.page.totalElements).toBe(5);
  });

  it('puts a new matching job on top of the first page, keeping the page size', () => {
    const next = applyJobEvent(current, job({ id: 'c' }), { projectId: 'p1' });
    expect(next.content.map((j) => j.id)).toEqual(['c', 'a']);
    expect(next.page.totalElements).toBe(6);
  });

  it('keeps a later state of a job over an older one, whichever arrives last', () => {
    const later = applyJobEvent(current, job({ id: 'b', status: 'SUCCEEDED', version: 4 }), {});
    expect(applyJobEvent(later, job({ id: 'b', status: 'RUNNING', version: 3 }), {})).toBe(later);
    const reread = page([job({ id: 'a' }), job({ id: 'b', status: 'RUNNING', version: 3 })], 0, 2, 5);
    expect(keepNewerJobs(later, reread).content[1].status).toBe('SUCCEEDED');
  });

  it('ignores a new job that does not match the filters or when not on the first page', () => {
    expect(applyJobEvent(current, job({ id: 'c', projectId: 'other' }), { projectId: 'p1' })).toBe(current);
    expect(applyJobEvent(current, job({ id: 'c', status: 'RUNNING' }), { status: 'FAILED' })).toBe(current);
    const second = page([job({ id: 'a' })], 1, 2, 3);
    expect(applyJobEvent(second, job({ id: 'c' }), {})).toBe(second);
  });
});
