import { QueryClient } from '@tanstack/react-query';
import { ApiError, ServiceUnavailableError } from './client';

/** A 4xx answer will be the same next time: only an unreachable service (or a 5xx) is worth asking again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && !(error instanceof ServiceUnavailableError) && error.status >= 400 && error.status < 500) {
    return false;
  }
  return failureCount < 2;
}

export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: options.retry === false ? false : shouldRetry,
        // Live job events keep the job queries fresh; other data is read again when a page opens.
        staleTime: 10_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
