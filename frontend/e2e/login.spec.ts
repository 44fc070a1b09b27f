import { expect, test } from '@playwright/test';
import { ADMIN, screenshots } from './support';

test('signs in after a refused password, keyboard only', async ({ page }, testInfo) => {
  await page.goto('/dashboard/projects');
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Invalid username or password.');
  await screenshots(page, '01-login', testInfo);

  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByRole('heading', { name: 'Projects', exact: true })).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveText(ADMIN.username);
  await expect(page).toHaveURL(/\/dashboard\/projects$/);
});
