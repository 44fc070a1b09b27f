import type { Job } from '../../api/types';
import { Badge, type Tone } from '../../components/ui';

const SOURCES: Record<string, { label: string; tone: Tone; icon: string }> = {
  simulated: { label: 'Simulated', tone: 'gray', icon: 'M10 2a8 8 0 100 16 8 8 0 000-16zm0 3v5l3 2' },
  github: { label: 'GitHub', tone: 'violet', icon: 'M7 17c-3 1-3-1.5-4-2m8 4v-3c0-1 .1-1.4-.5-2 2.8-.3 5.5-1.4 5.5-6a4.6 4.6 0 00-1.3-3.2 4.2 4.2 0 00-.1-3.2s-1-.3-3.4 1.3a11.6 11.6 0 00-6 0C2.8 1.3 1.8 1.6 1.8 1.6a4.2 4.2 0 00-.1 3.2A4.6 4.6 0 00.4 8c0 4.6 2.7 5.7 5.5 6-.6.6-.6 1.2-.5 2v3' },
  gitlab: { label: 'GitLab', tone: 'amber', icon: 'M10 18l-8-6 2.5-9 2.5 6h6l2.5-6 2.5 9z' },
  cdevents: { label: 'CDEvents', tone: 'blue', icon: 'M3 10h4l2-5 2 10 2-5h4' },
};

/** Incidents may also come from Alertmanager (never a job's source). */
const OTHER_LABELS: Record<string, string> = { alertmanager: 'Alertmanager', manual: 'Manual' };
export const sourceLabel = (source: string | null | undefined) =>
  SOURCES[source ?? 'simulated']?.label ?? OTHER_LABELS[source ?? ''] ?? source ?? 'Simulated';

/** Where a job came from: the simulator or the CI system that reported it. */
export function SourceBadge({ source }: { source: Job['source'] | null | undefined }) {
  const s = SOURCES[source ?? 'simulated'] ?? { label: source ?? '', tone: 'gray' as Tone, icon: '' };
  return (
    <span data-testid="job-source" data-source={source ?? 'simulated'}>
      <Badge tone={s.tone}>
        {s.icon && (
          <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth={1.6} strokeLinecap="round" strokeLinejoin="round" className="h-3 w-3" aria-hidden>
            <path d={s.icon} />
          </svg>
        )}
        {s.label}
      </Badge>
    </span>
  );
}

/** A link to the run (or stage) in its own system, opened in a new tab. */
export function ExternalLink({ href, children, label }: { href: string; children: React.ReactNode; label?: string }) {
  return (
    <a href={href} target="_blank" rel="noreferrer noopener" aria-label={label} className="inline-flex items-center gap-0.5 text-indigo-700 hover:underline">
      {children}
      <svg viewBox="0 0 20 20" fill="currentColor" className="h-3 w-3" aria-hidden><path d="M11 3h6v6h-2V6.4l-6.3 6.3-1.4-1.4L13.6 5H11V3zM4 5h5v2H5v8h8v-4h2v5a1 1 0 01-1 1H4a1 1 0 01-1-1V6a1 1 0 011-1z" /></svg>
    </a>
  );
}

export const shortSha = (commit: string | null | undefined) => (commit ? commit.slice(0, 7) : null);
