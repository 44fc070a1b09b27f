import { expect, test } from '@playwright/test';
import { AdminApi, screenshots, signIn, stamp } from './support';

test('disables a user, who can then no longer sign in, and deletes them', async ({ page, request }, testInfo) => {
  const api = new AdminApi(request);
  const viewer = { username: `e2e-viewer-${stamp()}`, password: `viewer-${stamp()}-pw!` };
  const created = await api.call('POST', '/auth/users', { ...viewer, roles: ['VIEWER'] });
  expect(created.status).toBe(201);
  expect((await request.post('/auth/login', { data: viewer })).status()).toBe(200);

  await signIn(page);
  await page.getByRole('link', { name: 'Users', exact: true }).click();
  const row = page.locator(`tr[data-user="${viewer.username}"]`);
  await expect(row.getByText('Active')).toBeVisible();
  await screenshots(page, '07-users', testInfo);

  // The row may turn "Disabled" before auth-service has answered the PATCH: wait for that answer first.
  const patched = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/auth/users/'));
  await row.getByRole('button', { name: `Disable ${viewer.username}` }).click();
  expect((await patched).ok()).toBe(true);
  await expect(row.getByText('Disabled')).toBeVisible();
  expect((await request.post('/auth/login', { data: viewer, failOnStatusCode: false })).status()).toBe(401);

  await row.getByRole('button', { name: `Delete ${viewer.username}` }).click();
  await page.getByRole('dialog', { name: 'Delete user' }).getByRole('button', { name: 'Delete' }).click();
  await expect(row).toHaveCount(0);
  expect((await api.call('GET', `/auth/users/${created.body.id}`)).status).toBe(404);
});
