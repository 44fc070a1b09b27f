import { expect, test } from '@playwright/test';
import { AdminApi, screenshots, signIn, stamp } from './support';

test('the DORA tiles show what GET /stats/delivery returns', async ({ page, request }, testInfo) => {
  const api = new AdminApi(request);
  // One production deployment, so that the figures have something to count.
  const project = await api.createProject(`e2e-dora-${stamp()}`);
  expect((await api.call('POST', `/projects/${project.id}/environments`, { name: 'prod', url: 'https://prod.example.com', protected: true })).status).toBe(201);
  expect((await api.call('POST', `/projects/${project.id}/versions`, { version: '1.0.0', commit: '9f2c1e4b7a', notes: 'e2e' })).status).toBe(201);
  expect((await api.call('POST', `/projects/${project.id}/versions/1.0.0/deployments`, { environment: 'prod', status: 'SUCCEEDED' })).status).toBe(201);

  // The deployment reaches metrics-service through projects-service's relay and a Redis stream: wait until it counts.
  const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
  await expect
    .poll(async () => (await api.call('GET', `/stats/delivery?projectId=${project.id}&from=${since}&to=${new Date().toISOString()}`)).body.deploymentFrequencyPerDay, {
      timeout: 30_000,
    })
    .toBeGreaterThan(0);

  await signIn(page);
  const delivery = page.waitForResponse((r) => new URL(r.url()).pathname === '/stats/delivery' && r.ok());
  await page.goto(`/metrics?range=30d&projectId=${project.id}`);
  const answered = await (await delivery).json();
  // The same question asked directly gives the same figures.
  const to = new Date();
  const from = new Date(to.getTime() - 30 * 86_400_000);
  const direct = await api.call('GET', `/stats/delivery?projectId=${project.id}&from=${from.toISOString()}&to=${to.toISOString()}`);
  expect(direct.status).toBe(200);

  for (const metric of ['deploymentFrequencyPerDay', 'leadTimeHours', 'changeFailureRate', 'timeToRestoreHours']) {
    const tile = page.getByTestId(`dora-${metric}`);
    await expect(tile).toHaveAttribute('data-value', answered[metric] === null ? '' : String(answered[metric]));
    if (direct.body[metric] === null) expect(answered[metric]).toBeNull();
    else expect(answered[metric]).toBeCloseTo(direct.body[metric], 2);
  }
  await expect(page.getByTestId('stat-total')).toBeVisible();
  await screenshots(page, '08-metrics', testInfo);
});
