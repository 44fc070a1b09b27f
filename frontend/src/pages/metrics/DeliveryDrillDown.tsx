import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { queries, type StatsWindow } from '../../api/queries';
import type { DeliveryDeployment, DeliveryIncident, Page } from '../../api/types';
import { Badge, Card, EmptyState, ErrorState, LoadingState, Pagination, StatusBadge, Table, Td } from '../../components/ui';
import { useProjectNames } from '../../hooks/useProjectNames';
import { formatDateTime, formatDuration, formatNumber } from '../../lib/format';
import { paths } from '../../paths';
import { ExternalLink } from '../jobs/SourceBadge';

export type DrillDown = 'deployments' | 'incidents';

const hours = (h: number | null | undefined) => (h === null || h === undefined ? '—' : formatDuration(h * 3_600_000));

/** Where the incident is shown: its row in the project page's Incidents section. */
export const incidentLink = (projectId: string, incidentId: string) => `${paths.project(projectId)}#incident-${encodeURIComponent(incidentId)}`;

/**
 * The run behind a deployment: the job of that project built from the deployment's commit (its job page, and its
 * page in its own system when it came from one). The deployment lists name no run, so the project's recent jobs are
 * searched by commit; without one, the deployment's project.
 */
function RunLink({ deployment }: { deployment: DeliveryDeployment }) {
  const jobs = useQuery({ ...queries.jobs({ projectId: deployment.projectId, size: 100 }), enabled: !!deployment.commit });
  const job = deployment.commit ? jobs.data?.content.find((j) => j.commit === deployment.commit) : undefined;
  if (job) {
    return (
      <span className="inline-flex flex-wrap items-center gap-2">
        <Link to={paths.job(job.id)} className="font-mono text-indigo-700 hover:underline">job {job.id.slice(0, 8)}</Link>
        {job.externalUrl && <ExternalLink href={job.externalUrl} label={`Open the run of ${deployment.commit?.slice(0, 7)}`}>run</ExternalLink>}
      </span>
    );
  }
  return <Link to={paths.project(deployment.projectId)} className="text-indigo-700 hover:underline">project</Link>;
}

/** A production list one page at a time: its loading, failure and empty states, then its table and pager. */
function DrillDownPages<T extends { projectId: string }, K extends QueryKey>({ what, query, children }: {
  what: 'deployments' | 'incidents';
  query: (page: number) => UseQueryOptions<Page<T>, Error, Page<T>, K>;
  children: (items: T[], nameOf: (projectId: string) => string) => ReactNode;
}) {
  const [page, setPage] = useState(0);
  const list = useQuery(query(page));
  const nameOf = useProjectNames((list.data?.content ?? []).map((item) => item.projectId));
  if (list.isPending) return <LoadingState label={`Loading ${what}…`} />;
  if (!list.data) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.content.length === 0) return <EmptyState title={`No production ${what} in this period`} />;
  const p = list.data.page;
  return (
    <>
      {children(list.data.content, nameOf)}
      <Pagination page={p.number} totalPages={p.totalPages} totalElements={p.totalElements} onPage={setPage} />
    </>
  );
}

function DeploymentsList({ window: w }: { window: StatsWindow }) {
  return (
    <DrillDownPages what="deployments" query={(page) => queries.deliveryDeployments(w, page)}>
      {(deployments, nameOf) => (
        <Table label="Production deployments" head={['Deployed', 'Project', 'Environment', 'Commit / version', 'Status', 'Lead time', 'Incidents', 'Run']}>
          {deployments.map((d) => (
            <tr key={d.deploymentId} data-deployment-id={d.deploymentId} data-failed-change={d.status !== 'SUCCEEDED' || d.incidentIds.length > 0}>
              <Td className="text-xs whitespace-nowrap">{formatDateTime(d.deployedAt)}</Td>
              <Td className="whitespace-nowrap"><Link to={paths.project(d.projectId)} className="hover:underline">{nameOf(d.projectId)}</Link></Td>
              <Td className="text-xs">{d.environment}</Td>
              <Td className="font-mono text-xs">
                {d.commit && <span title={d.commit}>{d.commit.slice(0, 7)}</span>}
                {d.version && <span className="ml-1.5 text-slate-500">{d.version}</span>}
              </Td>
              <Td><StatusBadge status={d.status} /></Td>
              <Td className="text-xs tabular-nums">{hours(d.leadTimeHours)}</Td>
              <Td className="text-xs">
                {d.incidentIds.length === 0 ? '—' : d.incidentIds.map((id) => (
                  <Link key={id} to={incidentLink(d.projectId, id)} className="mr-1.5 font-mono text-rose-700 hover:underline">{id.slice(0, 8)}</Link>
                ))}
              </Td>
              <Td className="text-xs"><RunLink deployment={d} /></Td>
            </tr>
          ))}
        </Table>
      )}
    </DrillDownPages>
  );
}

function IncidentsList({ window: w }: { window: StatsWindow }) {
  return (
    <DrillDownPages what="incidents" query={(page) => queries.deliveryIncidents(w, page)}>
      {(incidents, nameOf) => (
        <Table label="Production incidents" head={['Detected', 'Project', 'Incident', 'Resolved', 'Time to restore', 'Deployment']}>
          {incidents.map((i: DeliveryIncident) => (
            <tr key={i.incidentId} data-incident-id={i.incidentId}>
              <Td className="text-xs whitespace-nowrap">{formatDateTime(i.detectedAt)}</Td>
              <Td className="whitespace-nowrap"><Link to={paths.project(i.projectId)} className="hover:underline">{nameOf(i.projectId)}</Link></Td>
              <Td><Link to={incidentLink(i.projectId, i.incidentId)} className="text-indigo-700 hover:underline">{i.title}</Link> <span className="text-xs text-slate-500">{i.environment}</span></Td>
              <Td className="text-xs whitespace-nowrap">{i.resolvedAt ? formatDateTime(i.resolvedAt) : <Badge tone="red">Open</Badge>}</Td>
              <Td className="text-xs tabular-nums">{hours(i.restoreHours)}</Td>
              <Td className="text-xs">
                {i.deploymentId ? (
                  <span><span className="font-mono">{i.deploymentId.slice(0, 8)}</span> {i.linkedBy && <Badge tone={i.linkedBy === 'MANUAL' ? 'indigo' : 'gray'}>{i.linkedBy === 'MANUAL' ? 'linked by hand' : 'linked by time'}</Badge>}</span>
                ) : 'none'}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </DrillDownPages>
  );
}

const TITLES: Record<DrillDown, { title: string; explain: string }> = {
  deployments: {
    title: 'Production deployments behind the figures',
    explain: 'Deployment frequency counts these; lead time is their median; the change failure rate is those failed, rolled back or linked to an incident over all of them.',
  },
  incidents: {
    title: 'Production incidents behind the time to restore',
    explain: 'Time to restore is the median time to restore of the incidents resolved in the period.',
  },
};

export function DeliveryDrillDown({ list, window: w, onClose }: { list: DrillDown; window: StatsWindow; onClose: () => void }) {
  return (
    <Card
      className="mt-6"
      padded={false}
      title={TITLES[list].title}
      actions={<button type="button" onClick={onClose} className="text-sm font-medium text-slate-500 hover:text-slate-700">Close</button>}
    >
      <p className="px-4 pt-3 text-xs text-slate-500 sm:px-5" data-testid="drill-down-explain">{TITLES[list].explain}</p>
      <div data-testid={`drill-down-${list}`}>{list === 'deployments' ? <DeploymentsList window={w} /> : <IncidentsList window={w} />}</div>
    </Card>
  );
}

export function FlakyCard({ window: w }: { window: StatsWindow }) {
  const flaky = useQuery(queries.flaky(w));
  const nameOf = useProjectNames((flaky.data ?? []).map((f) => f.projectId));
  return (
    <Card title="Flaky pipelines" padded={false} className="mb-6">
      {flaky.isPending && <LoadingState label="Loading flaky pipelines…" />}
      {flaky.error && !flaky.data && <ErrorState error={flaky.error} onRetry={() => void flaky.refetch()} />}
      {flaky.data && flaky.data.length === 0 && <EmptyState title="No flaky pipelines">No commit both passed and failed the same pipeline in this period.</EmptyState>}
      {flaky.data && flaky.data.length > 0 && (
        <Table label="Flaky pipelines" head={['Project', 'Pipeline', 'Commit', 'Runs', 'Passed / failed', 'Last seen']}>
          {flaky.data.map((f) => (
            <tr key={`${f.projectId}-${f.pipeline}-${f.commit}`}>
              <Td className="whitespace-nowrap"><Link to={paths.project(f.projectId)} className="hover:underline">{nameOf(f.projectId)}</Link></Td>
              <Td className="text-xs">{f.pipeline}</Td>
              <Td className="font-mono text-xs" title={f.commit}>{f.commit.slice(0, 7)}</Td>
              <Td className="text-xs tabular-nums">{formatNumber(f.runs, 0)}</Td>
              <Td className="text-xs tabular-nums"><span className="text-emerald-700">{f.succeeded}</span> / <span className="text-rose-700">{f.failed}</span></Td>
              <Td className="text-xs whitespace-nowrap">{formatDateTime(f.lastSeenAt)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
