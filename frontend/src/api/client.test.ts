import { describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError, ServiceUnavailableError, newIdempotencyKey } from './client';
import { answer, json, networkError, problem, signIn, type Call } from '../test/http';

const tokens = (n: number) => ({ accessToken: `access-${n}`, refreshToken: `refresh-${n}`, tokenType: 'Bearer', expiresIn: 900 });
const client = () => new ApiClient({ locks: null });
const bearer = (c: Call) => c.headers.Authorization;

describe('ApiClient', () => {
  it('attaches the access token to every call', async () => {
    signIn('access-1');
    const calls = answer(() => json({ ok: true }));
    await client().get('/projects');
    expect(bearer(calls[0])).toBe('Bearer access-1');
  });

  it('replays a call after a refresh with the same extra headers, so a keyed start stays one job', async () => {
    signIn('access-1', 'refresh-1');
    const calls = answer((c) => {
      if (c.url === '/auth/refresh') return json(tokens(2));
      return bearer(c) === 'Bearer access-2' ? json({ id: 'j1' }) : problem(401, 'Unauthorized');
    });

    await client().post('/tasks', { projectId: 'p1', ref: 'main' }, { headers: { 'Idempotency-Key': 'k-1' } });

    const starts = calls.filter((c) => c.url === '/tasks');
    expect(starts).toHaveLength(2);
    expect(starts.map((c) => c.headers['idempotency-key'])).toEqual(['k-1', 'k-1']);
  });

  it('makes a new idempotency key each time, even outside a secure context', () => {
    const keys = new Set([newIdempotencyKey(), newIdempotencyKey()]);
    const randomUUID = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      keys.add(newIdempotencyKey());
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
    expect(keys.size).toBe(3);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f-]{32,36}$/);
  });

  it('refreshes once on 401, stores the rotated tokens and replays the call', async () => {
    signIn('access-1', 'refresh-1');
    const calls = answer((c) => {
      if (c.url === '/auth/refresh') return json(tokens(2));
      return bearer(c) === 'Bearer access-2' ? json({ id: 'p1' }) : problem(401, 'Unauthorized');
    });
    const api = client();

    const result = await api.get<{ id: string }>('/projects/p1');

    expect(result).toEqual({ id: 'p1' });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /projects/p1', 'POST /auth/refresh', 'GET /projects/p1']);
    expect(calls[1].body).toEqual({ refreshToken: 'refresh-1' });
    expect(api.session).toEqual({ accessToken: 'access-2', refreshToken: 'refresh-2' });
  });

  it('shares one refresh between concurrent 401s, so a rotated refresh token is never presented twice', async () => {
    signIn('access-1', 'refresh-1');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const calls = answer(async (c) => {
      if (c.url === '/auth/refresh') {
        await gate;
        return json(tokens(2));
      }
      return bearer(c) === 'Bearer access-2' ? json({ url: c.url }) : problem(401, 'Unauthorized');
    });
    const api = client();

    const all = Promise.all([api.get('/projects'), api.get('/tasks'), api.get('/stats/summary')]);
    await vi.waitFor(() => expect(calls.filter((c) => c.url === '/auth/refresh')).toHaveLength(1));
    release();
    const results = await all;

    expect(results).toEqual([{ url: '/projects' }, { url: '/tasks' }, { url: '/stats/summary' }]);
    expect(calls.filter((c) => c.url === '/auth/refresh')).toHaveLength(1);
  });

  it('does not refresh again for a 401 that arrives after another call already rotated the tokens', async () => {
    signIn('access-1', 'refresh-1');
    let slowDone!: (r: Response) => void;
    const calls = answer((c) => {
      if (c.url === '/auth/refresh') return json(tokens(2));
      if (c.url === '/tasks/slow' && bearer(c) === 'Bearer access-1') return new Promise<Response>((r) => (slowDone = r));
      return bearer(c) === 'Bearer access-2' ? json({ url: c.url }) : problem(401, 'Unauthorized');
    });
    const api = client();

    const slow = api.get('/tasks/slow');
    await api.get('/projects');
    slowDone(problem(401, 'Unauthorized'));

    expect(await slow).toEqual({ url: '/tasks/slow' });
    expect(calls.filter((c) => c.url === '/auth/refresh')).toHaveLength(1);
  });

  it('logs out cleanly when the refresh token is refused', async () => {
    signIn('access-1', 'refresh-1');
    answer((c) => (c.url === '/auth/refresh' ? problem(401, 'Refresh token revoked') : problem(401, 'Unauthorized')));
    const api = client();
    const ended = vi.fn();
    api.onSessionChange(ended);

    const error = (await api.get('/projects').catch((e) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(401);
    expect(api.session).toBeNull();
    expect(localStorage.getItem('devopstrack.session')).toBeNull();
    expect(ended).toHaveBeenCalledWith(null, 'expired');
  });

  it('keeps the session when auth-service is down during a refresh', async () => {
    signIn('access-1', 'refresh-1');
    answer((c) => (c.url === '/auth/refresh' ? problem(503, 'Service Unavailable') : problem(401, 'Unauthorized')));
    const api = client();

    const error = (await api.get('/projects').catch((e) => e)) as ApiError;

    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.service).toBe('auth');
    expect(api.session).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  });

  it('never refreshes for a failed login', async () => {
    const calls = answer(() => problem(401, 'Bad credentials'));
    const error = (await client().login('admin', 'nope').catch((e) => e)) as ApiError;
    expect(error.status).toBe(401);
    expect(calls).toHaveLength(1);
    expect(bearer(calls[0])).toBeUndefined();
  });

  it('names the unreachable service on 502/503/504 or a network error, and clears it when it answers again', async () => {
    signIn();
    let down = true;
    answer((c) => {
      if (c.url.startsWith('/tasks')) return down ? problem(503, 'Service Unavailable') : json([]);
      if (c.url.startsWith('/stats')) return networkError();
      return json({});
    });
    const api = client();
    const seen = vi.fn();
    api.onServiceStatus(seen);

    await expect(api.get('/tasks')).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(api.get('/stats/summary')).rejects.toMatchObject({ service: 'metrics', status: 0 });
    expect([...api.unavailableServices].sort()).toEqual(['metrics', 'tasks']);

    down = false;
    await api.get('/tasks');
    expect([...api.unavailableServices]).toEqual(['metrics']);
    expect(seen).toHaveBeenCalledTimes(3);
  });

  it('exposes the field messages of a validation problem', async () => {
    signIn();
    answer(() =>
      problem(400, 'Bad Request', { detail: 'Invalid request content.', errors: [{ field: 'name', message: 'must not be blank' }] }),
    );
    const error = (await client().post('/projects', { name: '' }).catch((e) => e)) as ApiError;
    expect(error.fieldErrors).toEqual({ name: 'must not be blank' });
    expect(error.message).toBe('Invalid request content.');
  });

  it('sends the refresh token on logout and forgets the session even if the call fails', async () => {
    signIn('access-1', 'refresh-1');
    const calls = answer(() => problem(500, 'boom'));
    const api = client();
    await api.logout();
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/auth/logout', body: { refreshToken: 'refresh-1' } });
    expect(api.session).toBeNull();
  });
});
