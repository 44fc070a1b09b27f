import { expect, test } from '@playwright/test';
import { AdminApi, signIn, stamp } from './support';

const PROJECTS = Number(process.env.E2E_PERF_PROJECTS ?? 1000);

test(`the projects page is usable in under a second with ${PROJECTS} projects stored`, async ({ page, request }) => {
  test.setTimeout(300_000);
  const api = new AdminApi(request);
  const tag = stamp();
  const stored = (await api.call('GET', '/projects?size=1')).body.page.totalElements as number;
  let next = 0;
  const missing = PROJECTS - stored;
  const seed = async () => {
    while (next < missing) {
      const i = next++;
      const r = await api.call('POST', '/projects', { name: `perf-${tag}-${String(i).padStart(4, '0')}`, description: 'Load test project', tags: ['perf'] });
      expect(r.status).toBe(201);
    }
  };
  await Promise.all(Array.from({ length: 8 }, seed));

  await signIn(page);
  await page.getByRole('link', { name: 'Jobs', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Jobs', exact: true })).toBeVisible();
  let t = Date.now();
  await page.getByRole('link', { name: 'Projects', exact: true }).click();
  await page.getByRole('table', { name: 'Projects' }).locator('tbody tr').first().waitFor();
  await page.getByLabel('Search projects').fill('perf-');
  const inApp = Date.now() - t;

  t = Date.now();
  await page.goto('/dashboard/projects');
  await page.getByRole('table', { name: 'Projects' }).locator('tbody tr').first().waitFor();
  const fullLoad = Date.now() - t;
  test.info().annotations.push({ type: 'figures', description: `in-app navigation ${inApp} ms, full load ${fullLoad} ms` });
  expect(inApp).toBeLessThan(1000);
  expect(fullLoad).toBeLessThan(1000);
});
