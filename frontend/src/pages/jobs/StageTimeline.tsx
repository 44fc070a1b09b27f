import type { Stage } from '../../api/types';
import { StatusBadge } from '../../components/ui';
import { durationBetween, formatDuration, formatTime } from '../../lib/format';
import { ExternalLink } from './SourceBadge';

const ring: Record<string, string> = {
  SUCCEEDED: 'bg-emerald-500 ring-emerald-100',
  FAILED: 'bg-rose-500 ring-rose-100',
  RUNNING: 'bg-sky-500 ring-sky-100 animate-pulse',
  CANCELLED: 'bg-amber-400 ring-amber-100',
};

function Icon({ status }: { status: string }) {
  const path =
    status === 'SUCCEEDED' ? <path d="M5 10.5l3 3L15 7" /> : status === 'FAILED' ? <path d="M6.5 6.5l7 7m0-7l-7 7" /> : status === 'CANCELLED' ? <path d="M6 10h8" /> : null;
  return (
    <span className={`relative z-10 flex h-7 w-7 shrink-0 items-center justify-center rounded-full ring-4 ${ring[status] ?? 'bg-slate-200 ring-slate-50'}`}>
      {path ? (
        <svg viewBox="0 0 20 20" fill="none" stroke="white" strokeWidth={2.5} strokeLinecap="round" className="h-4 w-4" aria-hidden>{path}</svg>
      ) : (
        <span className={`h-2 w-2 rounded-full ${status === 'RUNNING' ? 'bg-white' : 'bg-slate-400'}`} />
      )}
    </span>
  );
}

/** Stages top to bottom with their status and timings; the running one pulses. */
export function StageTimeline({ stages, now }: { stages: Stage[]; now: number }) {
  if (!stages?.length) return <p className="text-sm text-slate-500">This job has no stages.</p>;
  return (
    <ol className="relative" aria-label="Stages">
      {stages.map((s, i) => (
        <li key={`${s.name}-${i}`} className="relative flex gap-4 pb-6 last:pb-0" data-stage={s.name} data-status={s.status}>
          {i < stages.length - 1 && <span className="absolute top-7 left-3.5 -ml-px h-full w-0.5 bg-slate-200" aria-hidden />}
          <Icon status={s.status} />
          <div className="flex min-w-0 flex-1 flex-wrap items-center justify-between gap-2 pt-0.5">
            <div>
              <p className="text-sm font-medium text-slate-900 capitalize">
                {s.externalUrl ? <ExternalLink href={s.externalUrl} label={`Open stage ${s.name}`}>{s.name}</ExternalLink> : s.name}
              </p>
              <p className="text-xs text-slate-500">
                {s.startedAt ? `Started ${formatTime(s.startedAt)}` : 'Waiting'}
                {s.finishedAt && ` · finished ${formatTime(s.finishedAt)}`}
              </p>
            </div>
            <div className="flex items-center gap-3">
              <span className="text-xs text-slate-500 tabular-nums">{s.startedAt ? formatDuration(durationBetween(s.startedAt, s.finishedAt, now)) : ''}</span>
              <StatusBadge status={s.status} />
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
