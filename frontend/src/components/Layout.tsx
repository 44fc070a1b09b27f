import { useState, type ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { can } from '../auth/permissions';
import { Badge } from './ui';
import { Brand } from './Brand';
import { ServiceBanner } from './ServiceBanner';
import { paths } from '../paths';

const icons: Record<string, ReactNode> = {
  projects: <path d="M3 4.5A1.5 1.5 0 014.5 3h3.38a1.5 1.5 0 011.06.44L10.5 5h5A1.5 1.5 0 0117 6.5v8a1.5 1.5 0 01-1.5 1.5h-11A1.5 1.5 0 013 14.5v-10z" />,
  jobs: <path fillRule="evenodd" d="M2 10a8 8 0 1116 0 8 8 0 01-16 0zm6.39-2.9a.75.75 0 01.77.04l4 2.75a.75.75 0 010 1.22l-4 2.75A.75.75 0 018 13.25v-5.5a.75.75 0 01.39-.65z" clipRule="evenodd" />,
  metrics: <path d="M15.5 2A1.5 1.5 0 0014 3.5v13a1.5 1.5 0 001.5 1.5h1a1.5 1.5 0 001.5-1.5v-13A1.5 1.5 0 0016.5 2h-1zM9.5 6A1.5 1.5 0 008 7.5v9A1.5 1.5 0 009.5 18h1a1.5 1.5 0 001.5-1.5v-9A1.5 1.5 0 0010.5 6h-1zM3.5 10A1.5 1.5 0 002 11.5v5A1.5 1.5 0 003.5 18h1A1.5 1.5 0 006 16.5v-5A1.5 1.5 0 004.5 10h-1z" />,
  users: <path d="M7 8a3 3 0 100-6 3 3 0 000 6zM14.5 9a2.5 2.5 0 100-5 2.5 2.5 0 000 5zM1.6 15.7a5.5 5.5 0 0110.8 0 .9.9 0 01-.5 1A9.9 9.9 0 017 18a9.9 9.9 0 01-4.9-1.3.9.9 0 01-.5-1zM14.5 16.5h-.1a1.4 1.4 0 00.1-.5 7 7 0 00-1.9-4.8A4 4 0 0119 14.5a.8.8 0 01-.4.8 8 8 0 01-4.1 1.2z" />,
};

function NavItem({ to, label, icon, onClick }: { to: string; label: string; icon: string; onClick?: () => void }) {
  return (
    <NavLink
      to={to}
      onClick={onClick}
      className={({ isActive }) =>
        `flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors ${
          isActive ? 'bg-slate-800 text-white' : 'text-slate-300 hover:bg-slate-800/60 hover:text-white'
        }`
      }
    >
      <svg viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5 shrink-0 opacity-80" aria-hidden>
        {icons[icon]}
      </svg>
      {label}
    </NavLink>
  );
}

export function Layout() {
  const { user, logout } = useAuth();
  const [menuOpen, setMenuOpen] = useState(false);
  const close = () => setMenuOpen(false);

  const nav = (
    <nav className="flex flex-col gap-1" aria-label="Main">
      <NavItem to={paths.projects} label="Projects" icon="projects" onClick={close} />
      <NavItem to={paths.jobs()} label="Jobs" icon="jobs" onClick={close} />
      <NavItem to={paths.metrics} label="Metrics" icon="metrics" onClick={close} />
      {can.manageUsers(user) && <NavItem to={paths.users} label="Users" icon="users" onClick={close} />}
    </nav>
  );

  return (
    <div className="flex min-h-full">
      {/* A column that grows with the page, its content sticky, so the sidebar spans long pages too. */}
      <aside className="hidden w-60 shrink-0 bg-slate-900 lg:block">
        <div className="sticky top-0 flex flex-col gap-6 px-4 py-5">
          <Brand />
          {nav}
        </div>
      </aside>

      {menuOpen && (
        <div className="fixed inset-0 z-40 lg:hidden">
          <div className="absolute inset-0 bg-slate-900/50" onClick={close} aria-hidden />
          <aside className="relative flex h-full w-64 flex-col gap-6 bg-slate-900 px-4 py-5">
            <Brand />
            {nav}
          </aside>
        </div>
      )}

      <div className="min-w-0 flex-1">
        <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b border-slate-200 bg-white/90 px-4 backdrop-blur sm:px-6">
          <button
            type="button"
            className="rounded-md p-1.5 text-slate-500 hover:bg-slate-100 lg:hidden"
            onClick={() => setMenuOpen(true)}
            aria-label="Open navigation"
          >
            <svg viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5"><path fillRule="evenodd" d="M2 4.75A.75.75 0 012.75 4h14.5a.75.75 0 010 1.5H2.75A.75.75 0 012 4.75zm0 5.25a.75.75 0 01.75-.75h14.5a.75.75 0 010 1.5H2.75A.75.75 0 012 10zm0 5.25a.75.75 0 01.75-.75h14.5a.75.75 0 010 1.5H2.75a.75.75 0 01-.75-.75z" clipRule="evenodd" /></svg>
          </button>
          <div className="flex-1" />
          {user && (
            <div className="flex items-center gap-3">
              <div className="hidden text-right sm:block">
                <p className="text-sm font-medium text-slate-900" data-testid="current-user">{user.username}</p>
              </div>
              <span className="sm:hidden text-sm font-medium text-slate-900">{user.username}</span>
              {user.roles.map((r) => (
                <Badge key={r} tone={r === 'ADMIN' ? 'violet' : r === 'MAINTAINER' ? 'indigo' : 'gray'}>
                  {r}
                </Badge>
              ))}
              <button
                type="button"
                onClick={() => logout()}
                className="rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900"
              >
                Log out
              </button>
            </div>
          )}
        </header>
        <ServiceBanner />
        <main className="mx-auto max-w-7xl px-4 py-6 sm:px-6 lg:px-8">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
