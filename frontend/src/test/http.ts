// Test helpers over the one mock API (MSW, src/test/mocks): per-test answers, recorded calls, sessions.
import { http, HttpResponse } from 'msw';
import type { Me, Page } from '../api/types';
import { db } from './mocks/db';
import { problem as problemResponse } from './mocks/handlers';
import { server } from './mocks/server';

export interface Call {
  method: string;
  /** path and query, as the client asked for them */
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** Answers a call in this test only; returning undefined leaves it to the mock API. */
export type Handler = (call: Call) => Response | undefined | Promise<Response | undefined>;

export function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}): Response {
  return json({ type: 'about:blank', title, status, ...extra }, status, 'application/problem+json');
}

/** The network failing (the client sees a TypeError, as when a service is down). */
export const networkError = () => HttpResponse.error();

export function page<T>(content: T[], number = 0, size = 20, totalElements = content.length): Page<T> {
  return { content, page: { number, size, totalElements, totalPages: Math.ceil(totalElements / size) } };
}

async function toCall(request: Request): Promise<Call> {
  const url = new URL(request.url);
  const text = await request.clone().text();
  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => {
    headers[key === 'authorization' ? 'Authorization' : key] = value;
  });
  return { method: request.method, url: url.pathname + url.search, headers, body: text ? JSON.parse(text) : undefined };
}

/**
 * Records every call the app makes, and lets `handler` answer any of them first; what it leaves
 * (undefined) the mock API answers as the services would.
 */
export function answer(handler: Handler = () => undefined): Call[] {
  const calls: Call[] = [];
  server.use(
    http.all('*', async ({ request }) => {
      const call = await toCall(request);
      calls.push(call);
      return (await handler(call)) ?? undefined;
    }),
  );
  return calls;
}

/** Stores a session as the login page would; with a user name, one the mock API accepts. */
export function signIn(accessToken = 'access-1', refreshToken = 'refresh-1') {
  localStorage.setItem('devopstrack.session', JSON.stringify({ accessToken, refreshToken }));
}
export function signInAs(username: string) {
  const { accessToken, refreshToken } = db.issueTokens(username);
  signIn(accessToken, refreshToken);
  return { accessToken, refreshToken };
}

export const users: Record<string, Me> = {
  admin: { id: 'u-admin', username: 'admin', roles: ['ADMIN'] },
  maintainer: { id: 'u-maint', username: 'mia', roles: ['MAINTAINER'] },
  viewer: { id: 'u-view', username: 'victor', roles: ['VIEWER'] },
};

export { db, problemResponse };
