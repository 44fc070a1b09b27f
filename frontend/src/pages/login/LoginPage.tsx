import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { Brand } from '../../components/Brand';
import { Button, TextField } from '../../components/ui';
import { ServiceBanner } from '../../components/ServiceBanner';
import { paths } from '../../paths';

export function LoginPage() {
  const { user, login, endReason } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? paths.projects;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (user) return <Navigate to={from} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username, password);
      navigate(from, { replace: true });
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 400)) setError('Invalid username or password.');
      else if (err instanceof ApiError && err.status === 429) setError('Too many attempts. Wait a minute and try again.');
      else setError(err instanceof Error ? err.message : 'Login failed.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex min-h-full flex-col">
      <ServiceBanner />
      <div className="flex flex-1 items-center justify-center bg-gradient-to-br from-slate-900 via-slate-800 to-indigo-900 px-4 py-12">
        <div className="w-full max-w-sm">
          <Brand size="lg" className="mb-6 justify-center" />
          <form onSubmit={submit} className="space-y-4 rounded-xl bg-white p-6 shadow-xl" aria-label="Sign in">
            <div>
              <h1 className="text-lg font-semibold text-slate-900">Sign in</h1>
              <p className="text-sm text-slate-500">Pipelines, projects and delivery metrics in one place.</p>
            </div>
            {endReason === 'expired' && !error && (
              <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 ring-1 ring-amber-200">
                Your session has expired. Please sign in again.
              </p>
            )}
            {error && (
              <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700 ring-1 ring-rose-200">
                {error}
              </p>
            )}
            <TextField label="Username" name="username" autoComplete="username" required autoFocus value={username} onChange={(e) => setUsername(e.target.value)} />
            <TextField label="Password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
            <Button type="submit" className="w-full" busy={busy}>
              Sign in
            </Button>
          </form>
        </div>
      </div>
    </div>
  );
}
