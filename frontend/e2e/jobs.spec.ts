import { expect, test, type Page } from '@playwright/test';
import { AdminApi, screenshots, signIn, stamp } from './support';

// The worker fails each stage with probability WORKER_FAILURE_RATE (tasks-worker application.yml, 0.1 by
// default; deploy/local/e2e.sh starts the stack with 0). A job that must succeed therefore runs one stage,
// and a failed run is retried from the board, as a user would, a few times.
const MAX_ATTEMPTS = 6;

test.describe.configure({ mode: 'serial' });

let project: { id: string; name: string };

test.beforeAll(async ({ request }) => {
  project = await new AdminApi(request).createProject(`e2e-jobs-${stamp()}`);
});

const row = (page: Page, id: string) => page.locator(`tr[data-job-id="${id}"]`);

async function boardIsLive(page: Page) {
  await page.goto(`/jobs?projectId=${project.id}`);
  await expect(page.getByRole('heading', { name: 'Jobs', exact: true })).toBeVisible();
  await expect(page.locator('[data-live]').first()).toHaveAttribute('data-live', 'live', { timeout: 20_000 });
}

test('starts a job from the board and sees it succeed live', async ({ page }, testInfo) => {
  await signIn(page);
  await boardIsLive(page);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  await page.getByRole('button', { name: 'Run pipeline' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Run pipeline' });
  await dialog.getByLabel('Search project').fill(project.name);
  const picker = dialog.getByLabel('Project', { exact: true });
  await expect(picker.locator('option', { hasText: project.name })).toHaveCount(1);
  await picker.selectOption({ label: project.name });
  await dialog.getByLabel('Ref').fill('main');
  await dialog.getByLabel('Stages').fill('build');
  await dialog.getByRole('button', { name: 'Start job' }).click();
  await expect(dialog).toBeHidden();

  let id = (await page.locator('tr[data-job-id]').first().getAttribute('data-job-id'))!;
  for (let attempt = 1; ; attempt++) {
    await expect(row(page, id)).toHaveAttribute('data-status', /^(SUCCEEDED|FAILED)$/, { timeout: 90_000 });
    if ((await row(page, id).getAttribute('data-status')) === 'SUCCEEDED') break;
    expect(attempt, `a job succeeded within ${MAX_ATTEMPTS} attempts`).toBeLessThan(MAX_ATTEMPTS);
    // Retry from the board: the new attempt opens on its own page; back to the board to watch it.
    await row(page, id).getByRole('button', { name: `Retry job ${id}` }).click();
    await expect(page).toHaveURL(/\/jobs\/[^/?]+$/);
    id = new URL(page.url()).pathname.split('/').pop()!;
    await boardIsLive(page);
  }
  await screenshots(page, '05-jobs-board', testInfo);

  await row(page, id).getByRole('link').first().click();
  await expect(page.getByTestId('job-status')).toHaveAttribute('data-status', 'SUCCEEDED');
  await expect(page.locator('[data-stage="build"]')).toHaveAttribute('data-status', 'SUCCEEDED');
  await screenshots(page, '06-job-detail', testInfo);
});

test('cancels a running job from the board, then retries it from the board', async ({ page, request }) => {
  const api = new AdminApi(request);
  // Twenty stages of 0.5-3 s each: long enough to be cancelled while it runs.
  const started = await api.call('POST', '/tasks', { projectId: project.id, ref: 'main', stages: Array.from({ length: 20 }, (_, i) => `step-${i}`) });
  expect(started.status).toBe(202);
  const id: string = started.body.id;

  await signIn(page);
  await boardIsLive(page);
  await expect(row(page, id)).toHaveAttribute('data-status', /^(QUEUED|RUNNING)$/);
  await row(page, id).getByRole('button', { name: `Cancel job ${id}` }).click();
  await expect(row(page, id)).toHaveAttribute('data-status', 'CANCELLED', { timeout: 30_000 });
  expect((await api.finishedJob(id)).status).toBe('CANCELLED');

  await row(page, id).getByRole('button', { name: `Retry job ${id}` }).click();
  await expect(page).toHaveURL(/\/jobs\/[^/?]+$/);
  const retried = new URL(page.url()).pathname.split('/').pop()!;
  expect(retried).not.toBe(id);
  await expect(page.getByText(/^Attempt 2 · job /)).toBeVisible();
  const again = await api.call('GET', `/tasks/${retried}`);
  expect(again.body).toMatchObject({ attempt: 2, retryOf: id, projectId: project.id });
  // Leave nothing running behind.
  await api.call('POST', `/tasks/${retried}/cancel`);
});
