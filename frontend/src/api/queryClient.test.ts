import { describe, expect, it } from 'vitest';
import { ApiError, ServiceUnavailableError } from './client';
import { shouldRetry } from './queryClient';

describe('query retries', () => {
  it('does not ask again after a 4xx answer', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) expect(shouldRetry(0, new ApiError(status, null, 'projects'))).toBe(false);
  });

  it('asks twice more when the service is unreachable or failed', () => {
    const down = new ServiceUnavailableError(0, null, 'tasks');
    expect([0, 1, 2].map((n) => shouldRetry(n, down))).toEqual([true, true, false]);
    expect(shouldRetry(0, new ApiError(500, null, 'metrics'))).toBe(true);
  });
});
