import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { App } from '../App';
import { createQueryClient } from '../api/queryClient';
import { AuthProvider } from '../auth/AuthContext';
import type { Me } from '../api/types';
import { answer, signInAs, type Handler } from './http';

/** A fresh cache per test, without retries, so that a failure shows at once. */
export function withQueryClient(ui: ReactElement, options?: RenderOptions) {
  const client = createQueryClient({ retry: false });
  const Wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return { ...render(ui, { wrapper: Wrapper, ...options }), queryClient: client };
}

/**
 * Renders the whole app at a path, signed in as the given user (one of the mock API's accounts), with
 * the API answered by `handler` first and by the mock API otherwise.
 */
export function renderApp(path: string, user: Me | null, handler: Handler = () => undefined) {
  const session = user ? signInAs(user.username) : null;
  const calls = answer(handler);
  const view = withQueryClient(
    <MemoryRouter initialEntries={[path]}>
      <AuthProvider>
        <App />
      </AuthProvider>
    </MemoryRouter>,
  );
  return { ...view, calls, session };
}
