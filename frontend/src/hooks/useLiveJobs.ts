import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { applyJobToCache, keys } from '../api/queries';
import type { Job } from '../api/types';
import { useJobEvents, type LiveState } from './useJobEvents';

/**
 * Keeps every cached job view current from the live stream. Events sent while the stream was down are
 * not replayed, so each time it (re)opens the job queries are read again once.
 */
export function useLiveJobs(enabled = true): LiveState {
  const client = useQueryClient();
  const onJob = useCallback((job: Job) => applyJobToCache(client, job), [client]);
  const state = useJobEvents(onJob, enabled);
  useEffect(() => {
    if (state === 'live') void client.invalidateQueries({ queryKey: keys.jobs });
  }, [state, client]);
  return state;
}
