import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, SESSION_KEY, type ApiClient, type SessionEndReason } from '../api/client';
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
  const [user, setUser] = useState<Me | null>(null);
  const [loading, setLoading] = useState(() => client.session !== null);
  const [endReason, setEndReason] = useState<SessionEndReason | null>(null);

  useEffect(() => {
    let active = true;
    if (client.session) {
      client
        .get<Me>('/auth/me')
        .then((me) => active && setUser(me))
        .catch(() => active && setUser(null))
        .finally(() => active && setLoading(false));
    }
    const off = client.onSessionChange((session, reason) => {
      if (!session) {
        setUser(null);
        setEndReason(reason ?? null);
      }
    });
    // Logging out in one tab logs out the others.
    const onStorage = (e: StorageEvent) => {
      if (e.key === SESSION_KEY && e.newValue === null) setUser(null);
    };
    window.addEventListener('storage', onStorage);
    return () => {
      active = false;
      off();
      window.removeEventListener('storage', onStorage);
    };
  }, [client]);

  const login = useCallback(
    async (username: string, password: string) => {
      await client.login(username, password);
      const me = await client.get<Me>('/auth/me');
      setEndReason(null);
      setUser(me);
    },
    [client],
  );

  const logout = useCallback(async () => {
    await client.logout();
    setUser(null);
  }, [client]);

  const value = useMemo(() => ({ user, loading, endReason, login, logout }), [user, loading, endReason, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
