import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { api, SESSION_KEY, type ApiClient, type SessionEndReason } from '../api/client';
import { keys } from '../api/queries';
import type { Me } from '../api/types';

interface AuthState {
  user: Me | null;
  /** True while the stored session is being checked against GET /auth/me. */
  loading: boolean;
  endReason: SessionEndReason | null;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children, client = api }: { children: ReactNode; client?: ApiClient }) {
  const queryClient = useQueryClient();
  // Signed in or not, following this tab's client and, through the storage event, the other tabs.
  const subscribe = useCallback(
    (notify: () => void) => {
      const off = client.onSessionChange(notify);
      const onStorage = (e: StorageEvent) => e.key === SESSION_KEY && notify();
      window.addEventListener('storage', onStorage);
      return () => {
        off();
        window.removeEventListener('storage', onStorage);
      };
    },
    [client],
  );
  const signedIn = useSyncExternalStore(subscribe, () => client.session !== null);
  const [endReason, setEndReason] = useState<SessionEndReason | null>(null);

  const me = useQuery({
    queryKey: keys.me,
    queryFn: () => client.get<Me>('/auth/me'),
    enabled: signedIn,
    staleTime: Infinity,
    retry: false,
  });

  useEffect(
    () =>
      client.onSessionChange((session, reason) => {
        if (session) return;
        setEndReason(reason ?? null);
        // Nothing read for one user may be shown to the next one.
        queryClient.clear();
      }),
    [client, queryClient],
  );

  const login = useCallback(
    async (username: string, password: string) => {
      await client.login(username, password);
      await queryClient.fetchQuery({ queryKey: keys.me, queryFn: () => client.get<Me>('/auth/me') });
      setEndReason(null);
    },
    [client, queryClient],
  );

  const logout = useCallback(() => client.logout(), [client]);

  const user = signedIn ? (me.data ?? null) : null;
  const loading = signedIn && me.isPending;
  const value = useMemo(() => ({ user, loading, endReason, login, logout }), [user, loading, endReason, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
