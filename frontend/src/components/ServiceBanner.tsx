import { useUnavailableServices } from '../hooks/useServiceStatus';

const names = { auth: 'Auth', projects: 'Projects', tasks: 'Tasks', metrics: 'Metrics' } as const;

export function ServiceBanner() {
  const down = [...useUnavailableServices()];
  if (down.length === 0) return null;
  const list = down.map((s) => names[s]).join(', ');
  return (
    <div role="alert" className="flex items-center gap-2 bg-amber-50 px-4 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
      <svg viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4 shrink-0 text-amber-500" aria-hidden>
        <path fillRule="evenodd" d="M8.5 2.7a1.7 1.7 0 013 0l6.3 11.2A1.7 1.7 0 0116.3 16.5H3.7a1.7 1.7 0 01-1.5-2.6L8.5 2.7zM10 7a.75.75 0 01.75.75v3.5a.75.75 0 01-1.5 0v-3.5A.75.75 0 0110 7zm0 7a1 1 0 100-2 1 1 0 000 2z" clipRule="evenodd" />
      </svg>
      <span>
        <strong>{list}</strong> {down.length === 1 ? 'service is' : 'services are'} unreachable right now. Data may be out of date; actions
        that need {down.length === 1 ? 'it' : 'them'} will fail until {down.length === 1 ? 'it is' : 'they are'} back.
      </span>
    </div>
  );
}
