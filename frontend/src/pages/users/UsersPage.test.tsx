import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { submitDialog } from '../../test/forms';
import { db, users } from '../../test/http';
import { renderApp } from '../../test/render';

const row = (name: string) => screen.getByRole('table', { name: 'Users' }).querySelector<HTMLElement>(`tr[data-user="${name}"]`)!;

describe('users', () => {
  it('disables a user, then deletes them', async () => {
    renderApp('/users', users.admin);
    await screen.findByRole('table', { name: 'Users' });
    expect(within(row('victor')).getByText('Active')).toBeInTheDocument();
    expect(within(row('admin')).queryByRole('button', { name: 'Delete admin' })).not.toBeInTheDocument();

    await userEvent.click(within(row('victor')).getByRole('button', { name: 'Disable victor' }));
    expect(await within(row('victor')).findByText('Disabled')).toBeInTheDocument();
    expect(db.users.find((u) => u.username === 'victor')?.enabled).toBe(false);

    await userEvent.click(within(row('victor')).getByRole('button', { name: 'Delete victor' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Delete user' })).getByRole('button', { name: 'Delete' }));
    await vi.waitFor(() => expect(screen.queryByText('victor')).not.toBeInTheDocument());
    expect(db.users.map((u) => u.username)).toEqual(['admin', 'mia']);
  });

  it('shows a duplicate user name as the service words it', async () => {
    renderApp('/users', users.admin);
    const dialog = await submitDialog(await screen.findByRole('button', { name: 'New user' }), 'New user', { Username: 'mia', Password: 'long-enough' }, 'Create user');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent("The user name 'mia' is already taken");
  });
});
