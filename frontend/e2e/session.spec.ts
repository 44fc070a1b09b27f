import { expect, test } from '@playwright/test';
import { signIn, storedSession } from './support';

test('the session survives an access token the services no longer accept', async ({ page }) => {
  await signIn(page);
  const before = await storedSession(page);
  expect(before?.refreshToken).toBeTruthy();

  // As if the short-lived token had expired: the services answer 401 and the client must refresh.
  await page.evaluate(() => {
    const session = JSON.parse(localStorage.getItem('devopstrack.session')!);
    localStorage.setItem('devopstrack.session', JSON.stringify({ ...session, accessToken: `${session.accessToken.slice(0, -8)}expired0` }));
  });
  const refreshed = page.waitForResponse((r) => r.url().endsWith('/auth/refresh') && r.status() === 200);
  await page.getByRole('link', { name: 'Jobs', exact: true }).click();
  await refreshed;
  await expect(page.getByRole('heading', { name: 'Jobs', exact: true })).toBeVisible();
  await expect(page.getByText('Could not load this data')).toHaveCount(0);

  const after = await storedSession(page);
  expect(after?.accessToken).not.toBe(before?.accessToken);
  expect(after?.refreshToken).not.toBe(before?.refreshToken); // rotated
  await page.reload();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
});

test('logging out revokes the refresh token', async ({ page, request }) => {
  await signIn(page);
  const session = await storedSession(page);
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await storedSession(page)).toBeNull();
  const reuse = await request.post('/auth/refresh', { data: { refreshToken: session!.refreshToken }, failOnStatusCode: false });
  expect(reuse.status()).toBe(401);
});
