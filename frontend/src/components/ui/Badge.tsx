import type { ReactNode } from 'react';

export type Tone = 'gray' | 'blue' | 'green' | 'red' | 'amber' | 'indigo' | 'violet';

const tones: Record<Tone, string> = {
  gray: 'bg-slate-100 text-slate-700 ring-slate-500/20',
  blue: 'bg-sky-50 text-sky-700 ring-sky-600/20',
  green: 'bg-emerald-50 text-emerald-700 ring-emerald-600/20',
  red: 'bg-rose-50 text-rose-700 ring-rose-600/20',
  amber: 'bg-amber-50 text-amber-800 ring-amber-600/20',
  indigo: 'bg-indigo-50 text-indigo-700 ring-indigo-600/20',
  violet: 'bg-violet-50 text-violet-700 ring-violet-600/20',
};

export function Badge({ tone = 'gray', children, className = '' }: { tone?: Tone; children: ReactNode; className?: string }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset whitespace-nowrap ${tones[tone]} ${className}`}>
      {children}
    </span>
  );
}

const statusTones: Record<string, Tone> = {
  QUEUED: 'gray',
  PENDING: 'gray',
  RUNNING: 'blue',
  IN_PROGRESS: 'blue',
  SUCCEEDED: 'green',
  FAILED: 'red',
  CANCELLED: 'amber',
  ROLLED_BACK: 'amber',
  SKIPPED: 'gray',
};

const labels: Record<string, string> = {
  IN_PROGRESS: 'In progress',
  ROLLED_BACK: 'Rolled back',
};

export function statusLabel(status: string): string {
  return labels[status] ?? status.charAt(0) + status.slice(1).toLowerCase();
}

export function StatusBadge({ status }: { status: string }) {
  const tone = statusTones[status] ?? 'gray';
  const running = status === 'RUNNING' || status === 'IN_PROGRESS';
  return (
    <Badge tone={tone}>
      <span className={`h-1.5 w-1.5 rounded-full bg-current ${running ? 'animate-pulse' : ''}`} aria-hidden />
      {statusLabel(status)}
    </Badge>
  );
}
