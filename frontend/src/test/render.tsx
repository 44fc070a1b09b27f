import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { App } from '../App';
import { AuthProvider } from '../auth/AuthContext';
import type { Me } from '../api/types';
import { json, mockFetch, signIn, type Handler } from './http';

/** Renders the whole app at a path, signed in as the given user, with the API answered by `handler`. */
export function renderApp(path: string, user: Me | null, handler: Handler = () => undefined) {
  if (user) signIn();
  const calls = mockFetch((call) => {
    if (user && call.url === '/auth/me') return json(user);
    return handler(call);
  });
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <AuthProvider>
        <App />
      </AuthProvider>
    </MemoryRouter>,
  );
  return { ...view, calls };
}
