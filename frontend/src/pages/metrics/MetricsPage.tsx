import { useIsFetching, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { keys, queries } from '../../api/queries';
import { ProjectSelect } from '../../components/ProjectSelect';
import type { Delivery } from '../../api/types';
import { Badge, Button, Card, EmptyState, ErrorState, FilterSelect, LoadingState, PageHeader, type Tone } from '../../components/ui';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { formatDuration, formatNumber, formatPercent } from '../../lib/format';
import { bands, type Band } from './dora';
import { DeliveryDrillDown, FlakyCard, type DrillDown } from './DeliveryDrillDown';

const BuildsChart = lazy(() => import('./BuildsChart'));

const RANGES = {
  '1h': { label: 'Last hour', ms: 3_600_000, interval: '5m' },
  '24h': { label: 'Last 24 hours', ms: 86_400_000, interval: '1h' },
  '7d': { label: 'Last 7 days', ms: 7 * 86_400_000, interval: '6h' },
  '30d': { label: 'Last 30 days', ms: 30 * 86_400_000, interval: '1d' },
} as const;
type RangeKey = keyof typeof RANGES;

function StatCard({ label, value, detail, testId }: { label: string; value: ReactNode; detail?: ReactNode; testId?: string }) {
  return (
    <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5" data-testid={testId}>
      <p className="text-sm font-medium text-slate-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 tabular-nums sm:text-3xl">{value}</p>
      {detail && <div className="mt-1 text-xs text-slate-500">{detail}</div>}
    </div>
  );
}

const bandTone: Record<Band, Tone> = { Elite: 'green', High: 'blue', Medium: 'amber', Low: 'red' };

/** A DORA figure; clicking it opens the list it is computed from. */
function DeliveryTile({ label, metric, raw, value, band, explain, list, open, onOpen }: {
  label: string;
  metric: keyof Delivery;
  raw: number | null;
  value: string;
  band: Band | null;
  explain: string;
  list: DrillDown;
  open: boolean;
  onOpen: () => void;
}) {
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-expanded={open}
      aria-label={`${label}: ${value}, show the ${list} behind it`}
      className={`rounded-lg border p-4 text-left transition-colors hover:border-indigo-300 hover:bg-indigo-50/40 focus-visible:outline-2 focus-visible:outline-indigo-600 ${open ? 'border-indigo-400 bg-indigo-50/40' : 'border-slate-200'}`}
      data-testid={`dora-${metric}`}
      data-value={raw ?? ''}
    >
      <div className="flex items-start justify-between gap-2">
        <p className="text-sm font-medium text-slate-600">{label}</p>
        {band ? <Badge tone={bandTone[band]}>{band}</Badge> : <Badge>No data</Badge>}
      </div>
      <p className="mt-2 text-xl font-semibold text-slate-900 tabular-nums">{value}</p>
      <p className="mt-1 text-xs text-slate-500">{explain}</p>
      <p className="mt-2 text-xs font-medium text-indigo-700">Show the {list} →</p>
    </button>
  );
}

function hours(h: number | null): string {
  if (h === null) return '—';
  return formatDuration(h * 3_600_000);
}

export default function MetricsPage() {
  const [params, update] = useUrlFilters();
  const projectId = params.get('projectId') ?? '';
  const tag = params.get('tag') ?? '';
  const drill = (['deployments', 'incidents'] as const).find((l) => l === params.get('list')) ?? null;
  const range = ((params.get('range') ?? '24h') in RANGES ? params.get('range') ?? '24h' : '24h') as RangeKey;
  const { interval, ms } = RANGES[range];

  const client = useQueryClient();
  const statsWindow = { projectId: projectId || undefined, tag: tag || undefined, rangeMs: ms };
  // The teams to filter by: the tags of the projects (the first 100, the same list the project chooser reads).
  const projects = useQuery(queries.projects({ size: 100 }));
  const tags = [...new Set([...(projects.data?.content ?? []).flatMap((p) => p.tags), ...(tag ? [tag] : [])])].sort();
  const openList = (list: DrillDown) => update({ list: drill === list ? '' : list });
  const summary = useQuery(queries.summary(statsWindow));
  const builds = useQuery(queries.builds(statsWindow, interval));
  const delivery = useQuery(queries.delivery(statsWindow));
  const refreshing = useIsFetching({ queryKey: keys.stats }) > 0;
  const refresh = () => void client.invalidateQueries({ queryKey: keys.stats });

  const s = summary.data;
  const d: Delivery | undefined = delivery.data;
  const b = d ? bands(d) : null;
  const anyBuilds = (builds.data ?? []).some((x) => x.succeeded + x.failed + x.cancelled > 0);

  return (
    <>
      <PageHeader
        title="Metrics"
        subtitle="Build outcomes, durations and the four DORA delivery metrics."
        actions={
          <>
            <FilterSelect label="Team (project tag)" value={tag} onChange={(e) => update({ tag: e.target.value })}>
              <option value="">All teams</option>
              {tags.map((t) => <option key={t} value={t}>{t}</option>)}
            </FilterSelect>
            <ProjectSelect label="Project" emptyLabel="All projects" value={projectId} onChange={(id) => update({ projectId: id })} />
            <FilterSelect label="Time range" value={range} onChange={(e) => update({ range: e.target.value })}>
              {Object.entries(RANGES).map(([k, r]) => <option key={k} value={k}>{r.label}</option>)}
            </FilterSelect>
            <Button variant="secondary" onClick={refresh} busy={refreshing}>Refresh</Button>
          </>
        }
      />

      {summary.error && !s ? (
        <Card className="mb-6"><ErrorState error={summary.error} onRetry={() => void summary.refetch()} /></Card>
      ) : !s ? (
        <Card className="mb-6"><LoadingState label="Loading summary…" /></Card>
      ) : (
        <div className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-3 2xl:grid-cols-6">
          <StatCard testId="stat-total" label="Builds" value={formatNumber(s.total, 0)} detail={<span><span className="text-emerald-600">{s.succeeded} succeeded</span> · <span className="text-rose-600">{s.failed} failed</span> · <span className="text-amber-600">{s.cancelled} cancelled</span></span>} />
          <StatCard testId="stat-success" label="Success rate" value={formatPercent(s.successRate)} detail="Succeeded / finished builds" />
          <StatCard testId="stat-p50" label="Duration p50" value={formatDuration(s.durationP50Ms)} detail="Median build time" />
          <StatCard testId="stat-p95" label="Duration p95" value={formatDuration(s.durationP95Ms)} detail="95th percentile" />
          <StatCard testId="stat-queue-p50" label="Queue time p50" value={formatDuration(s.queueP50Ms)} detail="Created → started, median" />
          <StatCard testId="stat-queue-p95" label="Queue time p95" value={formatDuration(s.queueP95Ms)} detail="Created → started, 95th percentile" />
        </div>
      )}

      <Card title={`Builds over time · per ${interval}`} className="mb-6">
        {builds.error && !builds.data && <ErrorState error={builds.error} onRetry={() => void builds.refetch()} />}
        {!builds.data && !builds.error && <LoadingState label="Loading builds…" />}
        {builds.data && !anyBuilds && <EmptyState title="No builds in this period">Finished jobs show up here by status.</EmptyState>}
        {builds.data && anyBuilds && (
          <Suspense fallback={<LoadingState label="Loading chart…" />}>
            <BuildsChart data={builds.data} interval={interval} />
          </Suspense>
        )}
      </Card>

      <FlakyCard window={statsWindow} />

      <Card title="Delivery performance (DORA)">
        {delivery.error && !d && <ErrorState error={delivery.error} onRetry={() => void delivery.refetch()} />}
        {!d && !delivery.error && <LoadingState label="Loading delivery metrics…" />}
        {d && b && (
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            <DeliveryTile label="Deployment frequency" metric="deploymentFrequencyPerDay" list="deployments" open={drill === 'deployments'} onOpen={() => openList('deployments')} raw={d.deploymentFrequencyPerDay} value={d.deploymentFrequencyPerDay === null ? '—' : `${formatNumber(d.deploymentFrequencyPerDay, 2)} / day`} band={b.deploymentFrequencyPerDay} explain="Elite: daily or more · High: weekly · Medium: monthly" />
            <DeliveryTile label="Lead time for changes" metric="leadTimeHours" list="deployments" open={drill === 'deployments'} onOpen={() => openList('deployments')} raw={d.leadTimeHours} value={hours(d.leadTimeHours)} band={b.leadTimeHours} explain="Elite: < 1 day · High: < 1 week · Medium: < 1 month" />
            <DeliveryTile label="Change failure rate" metric="changeFailureRate" list="deployments" open={drill === 'deployments'} onOpen={() => openList('deployments')} raw={d.changeFailureRate} value={formatPercent(d.changeFailureRate)} band={b.changeFailureRate} explain="Elite: ≤ 15 % · High: ≤ 30 % · Medium: ≤ 45 %" />
            <DeliveryTile label="Time to restore" metric="timeToRestoreHours" list="incidents" open={drill === 'incidents'} onOpen={() => openList('incidents')} raw={d.timeToRestoreHours} value={hours(d.timeToRestoreHours)} band={b.timeToRestoreHours} explain="Elite: < 1 hour · High: < 1 day · Medium: < 1 week" />
          </div>
        )}
      </Card>
      {drill && <DeliveryDrillDown list={drill} window={statsWindow} onClose={() => update({ list: '' })} />}
    </>
  );
}
