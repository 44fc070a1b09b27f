// End-to-end tests: Debian's Chromium, driven by playwright-core, against the real stack (`make up`).
// Usage: npm run e2e  (E2E_BASE_URL, E2E_ADMIN_USERNAME, E2E_ADMIN_PASSWORD, E2E_PERF_PROJECTS override)
// Prints one line per test and "N passed, N failed" last; exits non-zero on any failure.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BASE = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5173').replace(/\/$/, '');
const ADMIN = { username: process.env.E2E_ADMIN_USERNAME ?? 'admin', password: process.env.E2E_ADMIN_PASSWORD ?? 'admin-change-me' };
const PERF_PROJECTS = Number(process.env.E2E_PERF_PROJECTS ?? 1000);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const stamp = Date.now().toString(36);
const projectName = `e2e-shop-${stamp}`;
const viewer = { username: `e2e-viewer-${stamp}`, password: `viewer-${stamp}-pw!` };
const FINAL = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

// ---------- tiny runner -------------------------------------------------------------------------
const results = [];
const figures = [];
let page;
let context;
let userDataDir;

async function test(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ok    ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`  FAIL  ${name} (${Date.now() - started} ms)\n        ${String(e?.stack ?? e).split('\n').slice(0, 4).join('\n        ')}`);
    await shot(`failure-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(() => {});
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}
async function shot(name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}
async function until(check, { timeout = 10_000, every = 250, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await check();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${message} (last: ${last})`);
}

// ---------- API helper for setup (admin token from the same public address) ----------------------
let adminToken = null;
async function api(method, path, body, token) {
  const call = (t) =>
    fetch(BASE + path, {
      method,
      headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...(t ? { Authorization: `Bearer ${t}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  // token: undefined → the admin's; false → no Authorization header at all.
  let response = await call(token === false ? null : token ?? adminToken);
  if (response.status === 401 && token === undefined && path !== '/auth/login') {
    await adminLogin();
    response = await call(adminToken);
  }
  const text = await response.text();
  return { status: response.status, body: text ? safeJson(text) : null };
}
const safeJson = (t) => {
  try {
    return JSON.parse(t);
  } catch {
    return t;
  }
};
async function adminLogin() {
  const r = await fetch(`${BASE}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
  if (r.status !== 200) throw new Error(`admin login through ${BASE}/auth/login answered ${r.status}`);
  adminToken = (await r.json()).accessToken;
}

async function uiLogin({ username, password }) {
  await page.goto(`${BASE}/login`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The login page returns to the page that sent the user there, whatever that was.
  await page.getByRole('button', { name: 'Log out' }).waitFor({ timeout: 10_000 });
  await page.goto(`${BASE}/dashboard/projects`);
  await page.getByRole('heading', { name: 'Projects', exact: true }).waitFor();
}

// ---------- the tests ------------------------------------------------------------------------------
async function main() {
  mkdirSync(SHOTS, { recursive: true });
  userDataDir = mkdtempSync(join(tmpdir(), 'devopstrack-e2e-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1366, height: 860 },
    locale: 'en-GB',
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(String(e)));

  await adminLogin();
  let projectId = null;
  let jobId = null;

  await test('admin logs in', async () => {
    await page.goto(`${BASE}/dashboard/projects`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname === '/login', `expected a redirect to /login, got ${page.url()}`);
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Invalid username or password.').waitFor();
    await shot('01-login');
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByLabel('Password').press('Enter'); // keyboard-usable form
    await page.getByRole('heading', { name: 'Projects', exact: true }).waitFor();
    expect((await page.getByTestId('current-user').textContent()) === ADMIN.username, 'current user shown in the top bar');
  });

  await test('project form shows the API validation messages', async () => {
    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByRole('button', { name: 'Create project' }).click();
    const name = dialog.getByLabel('Name');
    await until(async () => (await name.getAttribute('aria-invalid')) === 'true', { message: 'the Name field marked invalid by the API' });
    const described = await name.getAttribute('aria-describedby');
    const message = (await page.locator(`[id="${described.split(' ')[0]}"]`).textContent())?.trim();
    expect(message, 'a message under the Name field');
    console.log(`        API message for an empty name: "${message}"`);
    await shot('02-project-validation');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  await test('admin creates a project', async () => {
    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('Name').fill(projectName);
    await dialog.getByLabel('Description').fill('Storefront checkout and catalogue, created by the end-to-end tests.');
    await dialog.getByLabel('Tags').fill('e2e, web');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { name: projectName }).waitFor();
    projectId = new URL(page.url()).pathname.split('/').pop();
    expect(projectId && projectId !== 'projects', `project id in the URL (${page.url()})`);
  });

  await test('project detail: repository, environments, version and a deployment', async () => {
    await page.getByRole('button', { name: 'Add repository' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add repository' });
    await dialog.getByLabel('Name').fill('shop-web');
    await dialog.getByLabel('URL').fill('https://git.example.com/acme/shop-web.git');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('table', { name: 'Repositories' }).getByRole('cell', { name: 'shop-web', exact: true }).waitFor();
    for (const env of ['staging', 'prod']) {
      await page.getByRole('button', { name: 'Add environment' }).click();
      dialog = page.getByRole('dialog', { name: 'Add environment' });
      await dialog.getByLabel('Name').fill(env);
      await dialog.getByLabel('URL').fill(`https://${env}.shop.example.com`);
      if (env === 'prod') await dialog.getByLabel(/Protected/).check();
      await dialog.getByRole('button', { name: 'Add' }).click();
      await page.getByRole('table', { name: 'Environments' }).getByRole('cell', { name: env, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'New version' }).click();
    dialog = page.getByRole('dialog', { name: 'New version' });
    await dialog.getByLabel('Version').fill('1.0.0');
    await dialog.getByLabel('Commit').fill('9f2c1e4b7a');
    await dialog.getByLabel('Notes').fill('First release');
    await dialog.getByRole('button', { name: 'Create version' }).click();
    await page.getByText('v1.0.0').waitFor();
    await page.getByRole('button', { name: 'Deploy…' }).click();
    dialog = page.getByRole('dialog', { name: /Deploy/ });
    await dialog.getByLabel('Environment').selectOption('prod');
    await dialog.getByRole('button', { name: 'Record deployment' }).click();
    await page.getByText('Not deployed').waitFor({ state: 'detached' });
    await shot('03-project-detail');
  });

  await test('admin starts a job and sees it reach a final state live', async () => {
    await page.getByRole('link', { name: 'Jobs', exact: true }).click();
    await page.getByRole('heading', { name: 'Jobs', exact: true }).waitFor();
    await until(async () => (await page.locator('[data-live]').getAttribute('data-live')) === 'live', { timeout: 15_000, message: 'the live indicator' });
    await page.evaluate(() => (window.__noReload = true));
    await page.getByRole('button', { name: 'Run pipeline' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Run pipeline' });
    await dialog.getByLabel('Search project').fill(projectName);
    const picker = dialog.getByLabel('Project', { exact: true });
    await until(async () => (await picker.locator('option', { hasText: projectName }).count()) > 0, { message: 'the project in the picker' });
    await picker.selectOption({ label: projectName });
    await dialog.getByLabel('Ref').fill('main');
    await dialog.getByRole('button', { name: 'Start job' }).click();
    const row = page.locator('tr[data-job-id]').filter({ hasText: projectName }).first();
    await row.waitFor();
    jobId = await row.getAttribute('data-job-id');
    const seen = new Set([await row.getAttribute('data-status')]);
    let shotRunning = false;
    const status = await until(
      async () => {
        const s = await page.locator(`tr[data-job-id="${jobId}"]`).getAttribute('data-status');
        seen.add(s);
        if (s === 'RUNNING' && !shotRunning) {
          shotRunning = true;
          await shot('04-jobs-running');
        }
        return FINAL.includes(s) ? s : null;
      },
      { timeout: 180_000, every: 200, message: `job ${jobId} to finish` },
    );
    expect(await page.evaluate(() => window.__noReload === true), 'the page was not reloaded');
    console.log(`        job ${jobId}: states seen on the board ${[...seen].join(' → ')}`);
    figures.push(`job final state ${status}`);
    await shot('05-jobs-board');
  });

  await test('job detail shows the stage timeline', async () => {
    expect(jobId, 'a job from the previous test');
    await page.locator(`tr[data-job-id="${jobId}"] a`).first().click();
    await page.getByTestId('job-status').waitFor();
    const stages = await page.locator('[data-stage]').count();
    expect(stages > 0, 'stages in the timeline');
    const final = await page.getByTestId('job-status').getAttribute('data-status');
    expect(FINAL.includes(final), `final status on the detail page, got ${final}`);
    await shot('06-job-detail');
  });

  await test('the finished job is counted in the metrics page', async () => {
    expect(projectId, 'a project from the earlier test');
    await page.goto(`${BASE}/metrics?range=1h&projectId=${projectId}`);
    await page.getByRole('heading', { name: 'Metrics', exact: true }).waitFor();
    const total = await until(
      async () => {
        const text = await page.getByTestId('stat-total').locator('p').nth(1).textContent({ timeout: 2000 });
        const n = Number((text ?? '').replace(/[^0-9]/g, ''));
        if (n >= 1) return n;
        await page.getByRole('button', { name: 'Refresh' }).click();
        return null;
      },
      { timeout: 60_000, every: 2000, message: 'the job counted in the builds total' },
    );
    console.log(`        builds counted for the project in the last hour: ${total}`);
    await page.getByRole('img', { name: 'Builds over time by status' }).waitFor();
    await page.getByText('Delivery performance (DORA)').waitFor();
    await shot('07-metrics');
  });

  await test('admin sees the users page and creates a VIEWER', async () => {
    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await page.getByRole('heading', { name: 'Users', exact: true }).waitFor();
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByLabel('Username').fill(viewer.username);
    await dialog.getByLabel('Password').fill(viewer.password);
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('table', { name: 'Users' }).getByText(viewer.username).waitFor();
    await shot('08-users');
  });

  await test(`projects page usable in < 1 s with ${PERF_PROJECTS} projects stored`, async () => {
    const first = await api('GET', '/projects?size=1');
    expect(first.status === 200, `GET /projects answered ${first.status}`);
    let missing = PERF_PROJECTS - first.body.page.totalElements;
    if (missing > 0) {
      const t0 = Date.now();
      let next = 0;
      const worker = async () => {
        while (next < missing) {
          const i = next++;
          const r = await api('POST', '/projects', { name: `perf-${stamp}-${String(i).padStart(4, '0')}`, description: 'Load test project', tags: ['perf', `batch-${i % 10}`] });
          if (r.status !== 201 && r.status !== 200) throw new Error(`seeding answered ${r.status}: ${JSON.stringify(r.body)}`);
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      console.log(`        seeded ${missing} projects in ${Date.now() - t0} ms`);
    }
    const stored = (await api('GET', '/projects?size=1')).body.page.totalElements;
    expect(stored >= PERF_PROJECTS, `${stored} projects stored`);

    // In-app navigation: click the sidebar link, wait until rows are shown and the search box takes input.
    await page.getByRole('link', { name: 'Jobs', exact: true }).click();
    await page.getByRole('heading', { name: 'Jobs', exact: true }).waitFor();
    let t = Date.now();
    await page.getByRole('link', { name: 'Projects', exact: true }).click();
    await page.getByRole('table', { name: 'Projects' }).locator('tbody tr').first().waitFor();
    await page.getByLabel('Search projects').fill('perf-');
    const inApp = Date.now() - t;

    // Full load of the address (new document, app boot, session check, first page of projects).
    t = Date.now();
    await page.goto(`${BASE}/dashboard/projects`);
    await page.getByRole('table', { name: 'Projects' }).locator('tbody tr').first().waitFor();
    const fullLoad = Date.now() - t;

    // A search over the stored projects.
    t = Date.now();
    await page.getByLabel('Search projects').fill(projectName);
    await page.getByRole('table', { name: 'Projects' }).getByRole('link', { name: projectName }).waitFor();
    await until(async () => (await page.getByRole('table', { name: 'Projects' }).locator('tbody tr').count()) === 1, { message: 'one search result' });
    const search = Date.now() - t;

    const line = `projects page with ${stored} projects: in-app navigation ${inApp} ms, full load ${fullLoad} ms, search ${search} ms (incl. 250 ms debounce)`;
    console.log(`        ${line}`);
    figures.push(line);
    await page.getByLabel('Search projects').fill('');
    await page.getByRole('table', { name: 'Projects' }).locator('tbody tr').nth(5).waitFor();
    await shot('09-projects');
    expect(inApp < 1000, `in-app navigation took ${inApp} ms`);
    expect(fullLoad < 1000, `full load took ${fullLoad} ms`);
  });

  await test('works at phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const [path, heading] of [['/dashboard/projects', 'Projects'], ['/jobs', 'Jobs'], [`/dashboard/projects/${projectId}`, projectName]]) {
        await page.goto(`${BASE}${path}`);
        await page.getByRole('heading', { name: heading, exact: true }).waitFor();
        await page.locator('main table tbody tr').first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow <= 1, `no horizontal page overflow at 390 px on ${path} (overflow ${overflow} px)`);
        await shot(`10-phone-${heading === projectName ? 'project' : heading.toLowerCase()}`);
      }
      await page.getByRole('button', { name: 'Open navigation' }).click();
      await page.getByRole('link', { name: 'Metrics', exact: true }).click();
      await page.getByRole('heading', { name: 'Metrics', exact: true }).waitFor();
      await page.getByTestId('stat-total').waitFor();
      await shot('11-phone-metrics');
    } finally {
      await page.setViewportSize({ width: 1366, height: 860 });
    }
  });

  await test('admin logs out and the refresh token is revoked', async () => {
    const session = await page.evaluate(() => JSON.parse(localStorage.getItem('devopstrack.session') ?? 'null'));
    expect(session?.refreshToken, 'a stored session');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('devopstrack.session')) === null, 'session removed from the browser');
    const reuse = await api('POST', '/auth/refresh', { refreshToken: session.refreshToken }, false);
    expect(reuse.status === 401, `refresh with the logged-out token answered ${reuse.status}`);
    await page.goto(`${BASE}/metrics`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });

  await test('a VIEWER sees no edit, delete, run or user controls', async () => {
    await uiLogin(viewer);
    const projects = page.getByRole('table', { name: 'Projects' });
    await projects.locator('tbody tr').first().waitFor();
    expect((await page.getByRole('button', { name: 'New project' }).count()) === 0, 'no New project button');
    expect((await projects.getByRole('button', { name: /^(Edit|Delete)/ }).count()) === 0, 'no Edit/Delete buttons in the list');
    expect((await page.getByRole('link', { name: 'Users', exact: true }).count()) === 0, 'no Users link');
    await shot('12-viewer-projects');
    await page.goto(`${BASE}/dashboard/projects/${projectId}`);
    await page.getByRole('heading', { name: projectName }).waitFor();
    for (const name of ['Edit', 'Delete', 'Run pipeline', 'Add repository', 'Add environment', 'New version', 'Deploy…']) {
      expect((await page.getByRole('button', { name, exact: true }).count()) === 0, `no "${name}" button on the project page`);
    }
    await shot('13-viewer-project-detail');
    await page.getByRole('link', { name: 'Jobs', exact: true }).click();
    await page.locator('tr[data-job-id]').first().waitFor();
    expect((await page.getByRole('button', { name: /Run pipeline|Cancel job|Retry job/ }).count()) === 0, 'no job controls');
    await page.goto(`${BASE}/users`);
    await page.getByRole('heading', { name: 'Projects', exact: true }).waitFor();
  });

  await test('the VIEWER logs out', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });

  if (consoleErrors.length) console.log(`  page errors seen: ${consoleErrors.slice(0, 5).join(' | ')}`);
}

try {
  await main();
} catch (e) {
  results.push({ name: 'setup', ok: false });
  console.log(`  FAIL  setup: ${e?.message ?? e}`);
} finally {
  await context?.close().catch(() => {});
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
}
if (figures.length) console.log(`Figures:\n  ${figures.join('\n  ')}`);
console.log(`Screenshots in ${SHOTS}`);
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
