import { expect, test, type APIRequestContext } from '@playwright/test';
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AdminApi, signIn, stamp } from './support';

// Real pipelines in (issue #16) and incidents (issue #17), end to end through the dashboard's own address: the
// edge routes /hooks to projects-service as GitHub and Alertmanager would reach it.

test.describe.configure({ mode: 'serial' });

// GitHub's own payloads, as projects-service's tests use them (from @octokit/webhooks-examples).
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'projects-service', 'src', 'test', 'resources', 'hooks', 'github');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GitHub's JSON, rewritten field by field below
const fixture = (name: string): any => JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));

/** Posts one delivery as GitHub does: the raw body signed with HMAC-SHA256 of the integration's secret. */
async function deliverGitHub(request: APIRequestContext, hookPath: string, secret: string, event: string, payload: unknown) {
  const body = JSON.stringify(payload);
  const r = await request.post(hookPath, {
    data: body,
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': 'GitHub-Hookshot/e2e',
      'X-GitHub-Event': event,
      'X-GitHub-Delivery': randomUUID(),
      'X-Hub-Signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
    },
    failOnStatusCode: false,
  });
  expect(r.status(), `${event} to ${hookPath}: ${await r.text()}`).toBe(202);
}

const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString().replace(/\.\d{3}Z$/, 'Z');

test('a GitHub integration created on the project page brings a signed run live onto the jobs board', async ({ page, request }) => {
  const api = new AdminApi(request);
  const project = await api.createProject(`e2e-github-${stamp()}`);

  await signIn(page);
  await page.goto(`/dashboard/projects/${project.id}`);
  const integrations = page.locator('section', { has: page.getByRole('heading', { name: 'Integrations' }) });
  await integrations.getByRole('button', { name: 'Add integration' }).click();
  const add = page.getByRole('dialog', { name: 'Add integration' });
  await add.getByLabel('Sender').selectOption('github');
  await add.getByRole('button', { name: 'Add' }).click();

  const shown = page.getByRole('dialog', { name: 'GitHub integration added' });
  const url = (await shown.getByTestId('hook-url').textContent())!.trim();
  const secret = (await shown.getByTestId('hook-secret').textContent())!.trim();
  const hookPath = new URL(url).pathname;
  expect(url).toBe(`${new URL(page.url()).origin}${hookPath}`);
  expect(hookPath).toMatch(/^\/hooks\/github\/[^/]+$/);
  expect(secret.length).toBeGreaterThanOrEqual(43);
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(integrations.getByText(url)).toBeVisible();

  // The board for this project, live, before anything is sent.
  await page.goto(`/jobs?projectId=${project.id}`);
  await expect(page.locator('[data-live]').first()).toHaveAttribute('data-live', 'live', { timeout: 20_000 });
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  const runId = Date.now();
  const sha = randomUUID().replace(/-/g, '').padEnd(40, '0').slice(0, 40);
  const runUrl = `https://github.com/Codertocat/Hello-World/actions/runs/${runId}`;
  const run = (name: string, status: string, conclusion: string | null, updatedAgo: number) => {
    const p = fixture(name);
    Object.assign(p.workflow_run, {
      id: runId, name: 'CI', run_attempt: 1, status, conclusion, head_sha: sha, head_branch: 'main', html_url: runUrl,
      created_at: iso(60_000), run_started_at: iso(59_000), updated_at: iso(updatedAgo),
    });
    if (p.workflow_run.head_commit) Object.assign(p.workflow_run.head_commit, { id: sha, timestamp: iso(300_000) });
    return p;
  };
  const stage = (name: string, status: string, conclusion: string | null, startedAgo: number, completedAgo: number | null) => {
    const p = fixture(name);
    Object.assign(p.workflow_job, {
      id: runId + 1, run_id: runId, run_attempt: 1, name: 'build', status, conclusion, head_sha: sha, head_branch: 'main',
      html_url: `${runUrl}/job/${runId + 1}`, created_at: iso(startedAgo + 1000), started_at: iso(startedAgo), completed_at: completedAgo === null ? null : iso(completedAgo),
    });
    return p;
  };

  await deliverGitHub(request, hookPath, secret, 'workflow_run', run('workflow_run.requested', 'queued', null, 58_000));
  await deliverGitHub(request, hookPath, secret, 'workflow_job', stage('workflow_job.in_progress', 'in_progress', null, 50_000, null));

  // The run appears on the board without a reload, as a GitHub job.
  const row = page.locator('tr[data-job-id]').filter({ has: page.locator('[data-source="github"]') });
  await expect(row).toHaveCount(1, { timeout: 30_000 });
  await expect(row.getByRole('link', { name: 'Open CI in GitHub' })).toHaveAttribute('href', runUrl);
  await expect(row.getByText(sha.slice(0, 7))).toBeVisible();
  await expect(row.getByRole('button', { name: /Cancel|Retry/ })).toHaveCount(0);

  await deliverGitHub(request, hookPath, secret, 'workflow_job', stage('workflow_job.completed', 'completed', 'success', 50_000, 20_000));
  await deliverGitHub(request, hookPath, secret, 'workflow_run', run('workflow_run.completed', 'completed', 'success', 10_000));
  await expect(row).toHaveAttribute('data-status', 'SUCCEEDED', { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // Its page shows the stage, linked to the job in GitHub.
  const id = (await row.getAttribute('data-job-id'))!;
  await page.goto(`/jobs/${id}`);
  await expect(page.getByTestId('job-status')).toHaveAttribute('data-status', 'SUCCEEDED');
  await expect(page.locator('li[data-stage="build"]')).toHaveAttribute('data-status', 'SUCCEEDED');
  await expect(page.getByRole('link', { name: 'Open stage build' })).toHaveAttribute('href', `${runUrl}/job/${runId + 1}`);
  await expect(page.getByTestId('job-source').first()).toHaveAttribute('data-source', 'github');

  // The delivery log on the project page says what came in.
  await page.goto(`/dashboard/projects/${project.id}`);
  await integrations.getByRole('button', { name: 'Deliveries' }).click();
  await expect(integrations.locator('tr[data-outcome="ACCEPTED"]')).toHaveCount(4);
});

test('an Alertmanager notification opens an incident, moves the change failure rate and shows in its drill-down', async ({ page, request }) => {
  const api = new AdminApi(request);
  const project = await api.createProject(`e2e-incident-${stamp()}`);
  expect((await api.call('POST', `/projects/${project.id}/environments`, { name: 'production', url: 'https://prod.example.com', protected: false })).status).toBe(201);
  expect((await api.call('POST', `/projects/${project.id}/versions`, { version: '1.0.0', commit: 'a1b2c3d4e5f6', notes: 'e2e' })).status).toBe(201);
  const deployed = await api.call('POST', `/projects/${project.id}/versions/1.0.0/deployments`, { environment: 'production', status: 'SUCCEEDED' });
  expect(deployed.status, JSON.stringify(deployed.body)).toBe(201);
  const deploymentId = deployed.body.id as string;
  const created = await api.call('POST', `/projects/${project.id}/integrations`, { kind: 'alertmanager' });
  expect(created.status).toBe(201);
  const { hookPath, secret } = created.body as { hookPath: string; secret: string };

  await signIn(page);
  // Before the alert: one production deployment, no failed change.
  await page.goto(`/metrics?projectId=${project.id}&range=24h`);
  const cfr = page.getByTestId('dora-changeFailureRate');
  await expect
    .poll(async () => { await page.getByRole('button', { name: 'Refresh' }).click(); return cfr.getAttribute('data-value'); }, { timeout: 60_000, intervals: [2000] })
    .toBe('0');

  const fingerprint = randomUUID().replace(/-/g, '').slice(0, 16);
  // Detected now: after the deployment (read back above), so linked to it by time.
  const startsAt = new Date().toISOString();
  const alert = {
    status: 'firing',
    labels: { alertname: 'HighErrorRate', environment: 'production', severity: 'page' },
    annotations: { summary: `5xx above 5 % (${fingerprint})` },
    startsAt,
    endsAt: '0001-01-01T00:00:00Z',
    generatorURL: 'http://prometheus.local/graph?g0.expr=errors',
    fingerprint,
  };
  const notification = {
    version: '4',
    groupKey: `{}:{alertname="HighErrorRate",e2e="${fingerprint}"}`,
    truncatedAlerts: 0,
    status: 'firing',
    receiver: 'devopstrack',
    groupLabels: { alertname: 'HighErrorRate' },
    commonLabels: alert.labels,
    commonAnnotations: alert.annotations,
    externalURL: 'http://alertmanager.local',
    alerts: [alert],
  };
  const r = await request.post(hookPath, { data: notification, headers: { Authorization: `Bearer ${secret}` }, failOnStatusCode: false });
  expect(r.status(), await r.text()).toBe(202);

  // The incident on the project page, linked by time to the deployment.
  await page.goto(`/dashboard/projects/${project.id}`);
  const incidents = page.locator('section', { has: page.getByRole('heading', { name: 'Incidents' }) });
  const incidentRow = incidents.locator('tr[data-incident-id]', { hasText: fingerprint });
  await expect(async () => {
    await page.reload();
    await expect(incidentRow).toHaveCount(1, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expect(incidentRow).toHaveAttribute('data-status', 'OPEN');
  await expect(incidentRow.getByText('Auto')).toBeVisible();

  // The change failure rate moves to 100 %, and its list shows the deployment with the incident.
  await page.goto(`/metrics?projectId=${project.id}&range=24h`);
  await expect
    .poll(async () => { await page.getByRole('button', { name: 'Refresh' }).click(); return cfr.getAttribute('data-value'); }, { timeout: 60_000, intervals: [2000] })
    .toBe('1');
  await cfr.click();
  const list = page.getByRole('table', { name: 'Production deployments' });
  const line = list.locator(`tr[data-deployment-id="${deploymentId}"]`);
  await expect(line).toHaveAttribute('data-failed-change', 'true');
  await line.locator('a[href*="#incident-"]').first().click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/projects/${project.id}#incident-`));
  await expect(page.locator('tr[data-incident-id]', { hasText: fingerprint })).toBeVisible();
});
