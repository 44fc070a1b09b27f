import { vi } from 'vitest';
import type { Me, Page } from '../api/types';

export interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export type Handler = (call: Call) => Response | Promise<Response> | undefined;

export function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}): Response {
  return json({ type: 'about:blank', title, status, ...extra }, status, 'application/problem+json');
}

export function page<T>(content: T[], number = 0, size = 20, totalElements = content.length): Page<T> {
  return { content, page: { number, size, totalElements, totalPages: Math.ceil(totalElements / size) } };
}

/** Replaces global fetch with a router over the given handlers; returns the recorded calls. */
export function mockFetch(handler: Handler) {
  const calls: Call[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: Call = {
      method: init?.method ?? 'GET',
      url: String(input),
      headers: (init?.headers as Record<string, string>) ?? {},
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    const response = await handler(call);
    if (!response) throw new Error(`unexpected request ${call.method} ${call.url}`);
    return response;
  });
  vi.stubGlobal('fetch', fn);
  return calls;
}

export function signIn(accessToken = 'access-1', refreshToken = 'refresh-1') {
  localStorage.setItem('devopstrack.session', JSON.stringify({ accessToken, refreshToken }));
}

export const users: Record<string, Me> = {
  admin: { id: 'u-admin', username: 'admin', roles: ['ADMIN'] },
  maintainer: { id: 'u-maint', username: 'mia', roles: ['MAINTAINER'] },
  viewer: { id: 'u-view', username: 'victor', roles: ['VIEWER'] },
};
