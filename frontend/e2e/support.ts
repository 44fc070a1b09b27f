// Helpers shared by the end-to-end specs: the admin's API access for set-up, UI sign-in, screenshots.
import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ADMIN = {
  username: process.env.E2E_ADMIN_USERNAME ?? 'admin',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'admin-change-me',
};
export const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
export const DESKTOP = { width: 1366, height: 860 };
export const PHONE = { width: 390, height: 844 };

export interface ApiAnswer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON from the services, checked by the tests
  body: any;
}

/** The API as the admin, through the same public address as the browser (the edge routes the prefixes). */
export class AdminApi {
  private token: string | null = null;
  constructor(private readonly request: APIRequestContext) {}

  async login(): Promise<string> {
    const r = await this.request.post('/auth/login', { data: ADMIN });
    expect(r.status(), 'admin login through /auth/login').toBe(200);
    this.token = (await r.json()).accessToken as string;
    return this.token;
  }

  async call(method: string, path: string, data?: unknown): Promise<ApiAnswer> {
    if (!this.token) await this.login();
    const send = () => this.request.fetch(path, { method, data, headers: { Authorization: `Bearer ${this.token}` }, failOnStatusCode: false });
    let r = await send();
    if (r.status() === 401) {
      await this.login();
      r = await send();
    }
    const text = await r.text();
    return { status: r.status(), body: text ? JSON.parse(text) : null };
  }

  async createProject(name: string, extra: Record<string, unknown> = {}) {
    const r = await this.call('POST', '/projects', { name, description: 'Created by the end-to-end tests', tags: ['e2e'], ...extra });
    expect(r.status, `POST /projects ${JSON.stringify(r.body)}`).toBe(201);
    return r.body as { id: string; name: string; version: number };
  }

  /** Polls GET /tasks/{id} until the job is finished; returns it. */
  async finishedJob(id: string, timeout = 120_000) {
    let job: ApiAnswer['body'] = null;
    await expect
      .poll(
        async () => {
          job = (await this.call('GET', `/tasks/${id}`)).body;
          return job?.status;
        },
        { timeout, intervals: [500] },
      )
      .toMatch(/^(SUCCEEDED|FAILED|CANCELLED)$/);
    return job;
  }
}

export async function signIn(page: Page, user: { username: string; password: string } = ADMIN) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
}

export const storedSession = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('devopstrack.session') ?? 'null') as { accessToken: string; refreshToken: string } | null);

/**
 * Screenshots of the page as it is, at desktop and at phone width, into e2e/screenshots/ and the
 * report; at phone width the page must not scroll sideways.
 */
export async function screenshots(page: Page, name: string, testInfo: TestInfo) {
  mkdirSync(SHOTS, { recursive: true });
  for (const [label, size] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    await page.setViewportSize(size);
    const path = join(SHOTS, `${name}-${label}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${name}-${label}`, { path, contentType: 'image/png' });
    if (label === 'phone') {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `no sideways scrolling at ${size.width} px on ${name}`).toBeLessThanOrEqual(1);
    }
  }
  await page.setViewportSize(DESKTOP);
}
