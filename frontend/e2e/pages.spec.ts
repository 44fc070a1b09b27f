import { expect, test } from '@playwright/test';
import { AdminApi, screenshots, signIn, stamp } from './support';

// Every page at desktop and phone width (screenshots kept in e2e/screenshots/ and the report).
test('every page renders at desktop and phone width', async ({ page, request }, testInfo) => {
  const api = new AdminApi(request);
  const project = await api.createProject(`e2e-pages-${stamp()}`);
  const job = await api.call('POST', '/tasks', { projectId: project.id, ref: 'main', stages: ['build'] });
  expect(job.status).toBe(202);
  await api.finishedJob(job.body.id);

  await signIn(page);
  const pages: [string, string, string][] = [
    ['10-projects', '/dashboard/projects', 'Projects'],
    ['11-project', `/dashboard/projects/${project.id}`, project.name],
    ['12-jobs', '/jobs', 'Jobs'],
    ['13-job', `/jobs/${job.body.id}`, ''],
    ['14-metrics', '/metrics', 'Metrics'],
    ['15-users', '/users', 'Users'],
  ];
  for (const [name, path, heading] of pages) {
    await page.goto(path);
    if (heading) await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    else await expect(page.getByTestId('job-status')).toBeVisible();
    await expect(page.getByRole('status')).toHaveCount(0); // nothing left loading
    await screenshots(page, name, testInfo);
  }
  // The navigation drawer at phone width.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await page.getByRole('link', { name: 'Metrics', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Metrics', exact: true })).toBeVisible();
});
