import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { api } from '../api/client';
import { db, json, networkError, page, problem, users } from './http';
import { renderApp } from './render';

describe('session and service states', () => {
  it('signs in, then shows the projects page', async () => {
    const { calls } = renderApp('/dashboard/projects', null, (c) => {
      if (c.url === '/auth/login') {
        return (c.body as { password: string }).password === 'secret'
          ? json({ accessToken: 'a1', refreshToken: 'r1', tokenType: 'Bearer', expiresIn: 900 })
          : problem(401, 'Unauthorized');
      }
      if (c.url === '/auth/me') return json(users.admin);
      if (c.url.startsWith('/projects?')) return json(page([]));
      return undefined;
    });

    await userEvent.type(await screen.findByLabelText('Username'), 'admin');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid username or password.');

    await userEvent.clear(screen.getByLabelText('Password'));
    await userEvent.type(screen.getByLabelText('Password'), 'secret{Enter}');
    expect(await screen.findByRole('heading', { name: 'Projects' })).toBeInTheDocument();
    expect(await screen.findByText('No projects yet')).toBeInTheDocument();
    expect(calls.find((c) => c.url === '/auth/me')?.headers.Authorization).toBe('Bearer a1');
  });

  it('returns to the login page with a notice when the refresh token is refused', async () => {
    renderApp('/dashboard/projects', users.admin, (c) => {
      if (c.url === '/auth/refresh') return problem(401, 'Unauthorized');
      if (c.url.startsWith('/projects?')) return problem(401, 'Unauthorized');
      return undefined;
    });

    expect(await screen.findByText('Your session has expired. Please sign in again.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(api.session).toBeNull();
  });

  it('logs out: revokes the refresh token and shows the login page', async () => {
    const { calls, session } = renderApp('/dashboard/projects', users.admin);
    await userEvent.click(await screen.findByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(calls.find((c) => c.url === '/auth/logout')?.body).toEqual({ refreshToken: session!.refreshToken });
    expect(db.refreshTokens.has(session!.refreshToken)).toBe(false);
  });

  it('shows a banner naming the service that cannot be reached, and an error state with retry', async () => {
    let down = true;
    renderApp('/dashboard/projects', users.admin, (c) => {
      if (c.url.startsWith('/projects?')) {
        if (down) return networkError();
        return json(page([]));
      }
      return undefined;
    });

    const banner = await screen.findByText(/unreachable right now/);
    expect(banner).toHaveTextContent('Projects service is unreachable');
    expect(await screen.findByText('Could not load this data')).toBeInTheDocument();

    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No projects yet')).toBeInTheDocument();
    expect(screen.queryByText(/unreachable right now/)).not.toBeInTheDocument();
  });
});
