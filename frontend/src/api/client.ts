import type { FieldError, Problem, TokenResponse } from './types';

export type Service = 'auth' | 'projects' | 'tasks' | 'metrics';

const PREFIXES: [string, Service][] = [
  ['/auth', 'auth'],
  ['/projects', 'projects'],
  ['/tasks', 'tasks'],
  ['/stats', 'metrics'],
];

export function serviceOf(path: string): Service {
  const found = PREFIXES.find(([prefix]) => path === prefix || path.startsWith(prefix + '/') || path.startsWith(prefix + '?'));
  return found ? found[1] : 'auth';
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    readonly service: Service,
  ) {
    super(problem?.detail || problem?.title || `Request failed with status ${status}`);
    this.name = 'ApiError';
  }

  /** Field name → message, from the problem document's `errors`. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem?.errors ?? ([] as FieldError[])) {
      if (e.field && !out[e.field]) out[e.field] = e.message;
    }
    return out;
  }
}

/** The service did not answer (network error) or answered 502/503/504. */
export class ServiceUnavailableError extends ApiError {
  constructor(status: number, problem: Problem | null, service: Service) {
    super(status, problem, service);
    this.name = 'ServiceUnavailableError';
    this.message = `The ${service} service is unreachable`;
  }
}

export interface Session {
  accessToken: string;
  refreshToken: string;
}

export type SessionEndReason = 'logout' | 'expired';
type SessionListener = (session: Session | null, reason?: SessionEndReason) => void;
type ServiceListener = (down: ReadonlySet<Service>) => void;

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
  /** Send the access token and refresh it on 401 (default true). */
  auth?: boolean;
  signal?: AbortSignal;
  /** More request headers, e.g. an Idempotency-Key; kept when the call is replayed after a refresh. */
  headers?: Record<string, string>;
}

export interface ApiClientOptions {
  fetch?: typeof fetch;
  storage?: Storage;
  /** Web Locks serialise refreshes across tabs sharing one refresh token; null disables them. */
  locks?: LockManager | null;
}

export const SESSION_KEY = 'devopstrack.session';
const UNAVAILABLE = new Set([502, 503, 504]);

/** A fresh random key; crypto.randomUUID exists only in secure contexts (https or localhost). */
export function newIdempotencyKey(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function withQuery(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export class ApiClient {
  private readonly fetchImpl: typeof fetch;
  private readonly storage: Storage;
  private readonly locks: LockManager | null;
  private refreshing: Promise<Session | null> | null = null;
  private readonly sessionListeners = new Set<SessionListener>();
  private readonly serviceListeners = new Set<ServiceListener>();
  private down = new Set<Service>();

  constructor(options: ApiClientOptions = {}) {
    this.fetchImpl = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.storage = options.storage ?? globalThis.localStorage;
    this.locks =
      options.locks !== undefined ? options.locks : (globalThis.navigator as Navigator | undefined)?.locks ?? null;
  }

  // ---- session ---------------------------------------------------------------------------

  get session(): Session | null {
    try {
      const raw = this.storage.getItem(SESSION_KEY);
      return raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      return null;
    }
  }

  private saveSession(tokens: TokenResponse): Session {
    const session = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
    this.storage.setItem(SESSION_KEY, JSON.stringify(session));
    this.sessionListeners.forEach((l) => l(session));
    return session;
  }

  clearSession(reason: SessionEndReason): void {
    const had = this.storage.getItem(SESSION_KEY) !== null;
    this.storage.removeItem(SESSION_KEY);
    if (had) this.sessionListeners.forEach((l) => l(null, reason));
  }

  onSessionChange(listener: SessionListener): () => void {
    this.sessionListeners.add(listener);
    return () => this.sessionListeners.delete(listener);
  }

  async login(username: string, password: string): Promise<Session> {
    const tokens = await this.request<TokenResponse>('POST', '/auth/login', { body: { username, password }, auth: false });
    return this.saveSession(tokens);
  }

  async logout(): Promise<void> {
    const session = this.session;
    if (session) {
      try {
        await this.request('POST', '/auth/logout', { body: { refreshToken: session.refreshToken } });
      } catch {
        // The session ends in this browser whatever the server says.
      }
    }
    this.clearSession('logout');
  }

  // ---- service reachability ----------------------------------------------------------------

  get unavailableServices(): ReadonlySet<Service> {
    return this.down;
  }

  onServiceStatus(listener: ServiceListener): () => void {
    this.serviceListeners.add(listener);
    return () => this.serviceListeners.delete(listener);
  }

  private markService(service: Service, up: boolean): void {
    if (up === !this.down.has(service)) return;
    const next = new Set(this.down);
    if (up) next.delete(service);
    else next.add(service);
    this.down = next;
    this.serviceListeners.forEach((l) => l(next));
  }

  // ---- requests ------------------------------------------------------------------------------

  get<T>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, options);
  }
  post<T>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, { ...options, body });
  }
  put<T>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', path, { ...options, body });
  }
  patch<T>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PATCH', path, { ...options, body });
  }
  delete<T = void>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, options);
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const auth = options.auth !== false;
    const url = withQuery(path, options.query);
    const service = serviceOf(path);
    const token = auth ? this.session?.accessToken : undefined;

    let response = await this.send(method, url, service, options, token);
    if (response.status === 401 && auth && token) {
      const renewed = await this.refresh(token);
      if (!renewed) throw await this.toError(response, service);
      response = await this.send(method, url, service, options, renewed.accessToken);
    }
    return this.read<T>(response, service);
  }

  private async send(method: string, url: string, service: Service, options: RequestOptions, token?: string) {
    const headers: Record<string, string> = { ...options.headers, Accept: 'application/json, application/problem+json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers,
        body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
        signal: options.signal,
      });
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') throw e;
      this.markService(service, false);
      throw new ServiceUnavailableError(0, null, service);
    }
    this.markService(service, !UNAVAILABLE.has(response.status));
    return response;
  }

  private async read<T>(response: Response, service: Service): Promise<T> {
    if (!response.ok) throw await this.toError(response, service);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private async toError(response: Response, service: Service): Promise<ApiError> {
    let problem: Problem | null = null;
    try {
      const text = await response.text();
      problem = text ? (JSON.parse(text) as Problem) : null;
    } catch {
      problem = null;
    }
    if (UNAVAILABLE.has(response.status)) return new ServiceUnavailableError(response.status, problem, service);
    return new ApiError(response.status, problem, service);
  }

  /**
   * One refresh at a time: concurrent 401s share one promise, because presenting a rotated refresh
   * token twice makes auth-service revoke the whole token family.
   */
  refresh(failedAccessToken: string): Promise<Session | null> {
    if (!this.refreshing) {
      const run = () => this.doRefresh(failedAccessToken);
      const locked = this.locks ? this.locks.request('devopstrack-refresh', run) : run();
      this.refreshing = Promise.resolve(locked).finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  private async doRefresh(failedAccessToken: string): Promise<Session | null> {
    const current = this.session;
    if (!current) return null;
    // Another request (or tab) already rotated the tokens after this one failed.
    if (current.accessToken !== failedAccessToken) return current;
    const response = await this.send('POST', '/auth/refresh', 'auth', { body: { refreshToken: current.refreshToken } });
    if (response.ok) return this.saveSession((await response.json()) as TokenResponse);
    if (UNAVAILABLE.has(response.status)) throw await this.toError(response, 'auth');
    this.clearSession('expired');
    return null;
  }
}

export const api = new ApiClient();
