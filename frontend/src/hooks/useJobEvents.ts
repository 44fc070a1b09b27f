import { useEffect, useRef, useState } from 'react';
import { tasksApi } from '../api/endpoints';
import type { Job } from '../api/types';

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'off';

/**
 * Subscribes to GET /tasks/events with a single-use ticket; a dropped stream reconnects with a new
 * ticket, backing off up to 15 s.
 */
export function useJobEvents(onJob: (job: Job) => void, enabled = true): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const supported = typeof EventSource !== 'undefined';
  // The latest handler, without reopening the stream when its identity changes.
  const handler = useRef(onJob);
  useEffect(() => {
    handler.current = onJob;
  });

  useEffect(() => {
    if (!enabled || !supported) return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    let failures = 0;

    const retry = () => {
      if (closed) return;
      setState('reconnecting');
      const delay = Math.min(15_000, 1000 * 2 ** failures);
      failures += 1;
      timer = setTimeout(connect, delay);
    };

    async function connect() {
      try {
        const { ticket } = await tasksApi.ticket();
        if (closed) return;
        source = new EventSource(`/tasks/events?ticket=${encodeURIComponent(ticket)}`);
        source.onopen = () => {
          failures = 0;
          setState('live');
        };
        source.addEventListener('job', (e) => {
          try {
            handler.current(JSON.parse((e as MessageEvent<string>).data) as Job);
          } catch {
            // ignore a malformed event rather than drop the stream
          }
        });
        source.onerror = () => {
          source?.close();
          source = null;
          retry();
        };
      } catch {
        retry();
      }
    }

    connect();
    return () => {
      closed = true;
      clearTimeout(timer);
      source?.close();
      setState('connecting');
    };
  }, [enabled, supported]);

  return enabled && supported ? state : 'off';
}
