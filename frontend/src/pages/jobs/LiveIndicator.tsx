import type { LiveState } from '../../hooks/useJobEvents';

const look: Record<LiveState, [string, string]> = {
  live: ['bg-emerald-500', 'Live'],
  connecting: ['bg-slate-400', 'Connecting…'],
  reconnecting: ['bg-amber-500', 'Reconnecting…'],
  off: ['bg-slate-300', 'Live updates off'],
};

export function LiveIndicator({ state }: { state: LiveState }) {
  const [dot, label] = look[state];
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full bg-white px-2.5 py-1 text-xs font-medium text-slate-600 ring-1 ring-slate-200" data-live={state}>
      <span className="relative flex h-2 w-2">
        {state === 'live' && <span className={`absolute inline-flex h-full w-full animate-ping rounded-full opacity-60 ${dot}`} />}
        <span className={`relative inline-flex h-2 w-2 rounded-full ${dot}`} />
      </span>
      {label}
    </span>
  );
}
