import { expect, test } from '@playwright/test';
import { AdminApi, screenshots, signIn, stamp } from './support';

test.describe.configure({ mode: 'serial' });

const name = `e2e-shop-${stamp()}`;
let projectId = '';

test('creates a project from the projects page', async ({ page }, testInfo) => {
  await signIn(page);
  await page.getByRole('button', { name: 'New project' }).click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  // The API's own validation message lands under the field it names.
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Description').fill('Storefront checkout and catalogue.');
  await dialog.getByLabel('Tags').fill('e2e, web');
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  projectId = new URL(page.url()).pathname.split('/').pop()!;
  expect(projectId).not.toBe('projects');
  await screenshots(page, '02-project-detail', testInfo);
});

test('edits it, and shows the 409 of an edit made on a stale version', async ({ page, request }, testInfo) => {
  const api = new AdminApi(request);
  await signIn(page);
  await page.goto(`/dashboard/projects/${projectId}`);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: `Edit ${name}` });
  await dialog.getByLabel('Description').fill('First edit.');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('First edit.')).toBeVisible();

  // Someone else saves while this dialog is open: the save below carries a version that is no longer current.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  dialog = page.getByRole('dialog', { name: `Edit ${name}` });
  const current = (await api.call('GET', `/projects/${projectId}`)).body;
  const other = await api.call('PUT', `/projects/${projectId}`, { name, description: 'Saved by someone else.', tags: current.tags, version: current.version });
  expect(other.status).toBe(200);
  await dialog.getByLabel('Description').fill('Second edit, on a stale version.');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByRole('alert')).toContainText('changed since version');
  await screenshots(page, '03-project-stale-edit', testInfo);

  // The project was read again: saving once more goes through on the current version.
  await expect(page.getByText('Saved by someone else.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Second edit, on a stale version.')).toBeVisible();
});

test('lists it and deletes it', async ({ page, request }, testInfo) => {
  const api = new AdminApi(request);
  await signIn(page);
  await page.getByLabel('Search projects').fill(name);
  const table = page.getByRole('table', { name: 'Projects' });
  await expect(table.getByRole('link', { name })).toBeVisible();
  await screenshots(page, '04-projects', testInfo);

  await table.getByRole('button', { name: `Delete ${name}` }).click();
  await page.getByRole('dialog', { name: 'Delete project' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No project matches')).toBeVisible();
  expect((await api.call('GET', `/projects/${projectId}`)).status).toBe(404);
});
