import type { Stage } from '../../api/types';

const colors: Record<string, string> = {
  SUCCEEDED: 'bg-emerald-500',
  FAILED: 'bg-rose-500',
  RUNNING: 'bg-sky-500 animate-pulse',
  CANCELLED: 'bg-amber-400',
  SKIPPED: 'bg-slate-200',
};

/** One segment per stage, coloured by its status. */
export function StageBar({ stages }: { stages: Stage[] }) {
  if (!stages?.length) return <span className="text-xs text-slate-400">—</span>;
  const done = stages.filter((s) => s.status === 'SUCCEEDED').length;
  return (
    <div className="flex items-center gap-2" title={stages.map((s) => `${s.name}: ${s.status}`).join('\n')}>
      <div className="flex w-28 gap-0.5" aria-hidden>
        {stages.map((s) => (
          <span key={s.name} className={`h-1.5 flex-1 rounded-full ${colors[s.status] ?? 'bg-slate-200'}`} />
        ))}
      </div>
      <span className="text-xs text-slate-500">{done}/{stages.length}</span>
    </div>
  );
}
