import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useAuth } from './auth/AuthContext';
import { can } from './auth/permissions';
import { Layout } from './components/Layout';
import { LoadingState } from './components/ui';
import { LoginPage } from './pages/login/LoginPage';
import { ProjectsPage } from './pages/projects/ProjectsPage';
import { paths, routes } from './paths';

// Pages other than the first one a user sees are loaded on demand; the chart library only with metrics.
const ProjectDetailPage = lazy(() => import('./pages/projects/ProjectDetailPage'));
const JobsPage = lazy(() => import('./pages/jobs/JobsPage'));
const JobDetailPage = lazy(() => import('./pages/jobs/JobDetailPage'));
const MetricsPage = lazy(() => import('./pages/metrics/MetricsPage'));
const UsersPage = lazy(() => import('./pages/users/UsersPage'));

function RequireAuth({ children }: { children: ReactNode }) {
  const { user, loading } = useAuth();
  const location = useLocation();
  if (loading) return <LoadingState label="Checking your session…" />;
  if (!user) return <Navigate to={paths.login} replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

function AdminOnly({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  return can.manageUsers(user) ? <>{children}</> : <Navigate to={paths.projects} replace />;
}

export function App() {
  return (
    <Routes>
      <Route path={routes.login} element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <Layout />
          </RequireAuth>
        }
      >
        <Route index element={<Navigate to={paths.projects} replace />} />
        <Route path={routes.projects} element={<ProjectsPage />} />
        <Route path={routes.project} element={<Lazy><ProjectDetailPage /></Lazy>} />
        <Route path={routes.jobs} element={<Lazy><JobsPage /></Lazy>} />
        <Route path={routes.job} element={<Lazy><JobDetailPage /></Lazy>} />
        <Route path={routes.metrics} element={<Lazy><MetricsPage /></Lazy>} />
        <Route path={routes.users} element={<AdminOnly><Lazy><UsersPage /></Lazy></AdminOnly>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}

function NotFound() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">Page not found</h1>
    </div>
  );
}
