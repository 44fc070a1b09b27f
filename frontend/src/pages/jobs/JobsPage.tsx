import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { queries } from '../../api/queries';
import { ProjectSelect } from '../../components/ProjectSelect';
import { JOB_SOURCES, JOB_STATUSES, isExternal, type JobSource, type JobStatus } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { can } from '../../auth/permissions';
import { Button, Card, EmptyState, ErrorState, FilterSelect, InlineError, LoadingState, PageHeader, Pagination, StatusBadge, Table, Td, NARROW_HIDDEN, statusLabel } from '../../components/ui';
import { useLiveJobs } from '../../hooks/useLiveJobs';
import { useProjectNames } from '../../hooks/useProjectNames';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { durationBetween, formatDateTime, formatDuration, relativeTime } from '../../lib/format';
import { JobActions } from './JobActions';
import { LiveIndicator } from './LiveIndicator';
import { StageBar } from './StageBar';
import { ExternalLink, SourceBadge, shortSha, sourceLabel } from './SourceBadge';
import { StartJobDialog } from './StartJobDialog';
import { paths } from '../../paths';

const PAGE_SIZE = 20;

export default function JobsPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params, set] = useUrlFilters();
  const projectId = params.get('projectId') ?? '';
  const status = (params.get('status') ?? '') as JobStatus | '';
  const source = (params.get('source') ?? '') as JobSource | '';
  const page = Number(params.get('page') ?? 0) || 0;
  const [starting, setStarting] = useState(false);

  const jobs = useQuery(queries.jobs({ projectId: projectId || undefined, status: status || undefined, source: source || undefined, page, size: PAGE_SIZE }));
  const nameOf = useProjectNames((jobs.data?.content ?? []).map((j) => j.projectId));
  const live = useLiveJobs();

  return (
    <>
      <PageHeader
        title="Jobs"
        subtitle="Pipeline runs across your projects, updated as they happen."
        actions={
          <>
            <LiveIndicator state={live} />
            {can.runJobs(user) && <Button onClick={() => setStarting(true)}>Run pipeline</Button>}
          </>
        }
      />
      <Card padded={false}>
        <div className="flex flex-col gap-3 border-b border-slate-100 p-4 sm:flex-row sm:items-center">
          <ProjectSelect label="Filter by project" emptyLabel="All projects" value={projectId} onChange={(id) => set({ projectId: id, page: null })} />
          <FilterSelect label="Filter by status" value={status} onChange={(e) => set({ status: e.target.value, page: null })}>
            <option value="">All statuses</option>
            {JOB_STATUSES.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
          </FilterSelect>
          <FilterSelect label="Filter by source" value={source} onChange={(e) => set({ source: e.target.value, page: null })}>
            <option value="">All sources</option>
            {JOB_SOURCES.map((s) => <option key={s} value={s}>{sourceLabel(s)}</option>)}
          </FilterSelect>
          {jobs.isFetching && jobs.data && <span className="text-xs text-slate-400 sm:ml-auto">Updating…</span>}
        </div>
        {jobs.isPending && <LoadingState label="Loading jobs…" />}
        {jobs.error && !jobs.data && <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} />}
        {jobs.error && jobs.data && <div className="p-4"><InlineError error={jobs.error} /></div>}
        {jobs.data && jobs.data.content.length === 0 && (
          <EmptyState title="No jobs" action={can.runJobs(user) && !projectId && !status && !source ? <Button onClick={() => setStarting(true)}>Run a pipeline</Button> : undefined}>
            {projectId || status || source ? 'No job matches these filters.' : 'Jobs appear here as soon as a pipeline starts.'}
          </EmptyState>
        )}
        {jobs.data && jobs.data.content.length > 0 && (
          <>
            <Table label="Jobs" narrowHidden={[2, 4, 5, 6]} head={['Job', 'Project', 'Run', 'Status', 'Stages', 'Duration', 'Created', ...(can.runJobs(user) ? [<span key="actions" className="sr-only">Actions</span>] : [])]}>
              {jobs.data.content.map((j) => (
                <tr key={j.id} className="hover:bg-slate-50" data-job-id={j.id} data-status={j.status}>
                  <Td>
                    <Link to={paths.job(j.id)} className="font-mono text-xs font-medium text-indigo-700 hover:underline">{j.id.slice(0, 8)}</Link>
                    {j.attempt > 1 && <span className="ml-1 text-xs text-slate-400">#{j.attempt}</span>}
                    <div className="mt-1"><SourceBadge source={j.source} /></div>
                  </Td>
                  <Td className="whitespace-nowrap"><Link to={paths.project(j.projectId)} className="hover:underline">{nameOf(j.projectId)}</Link></Td>
                  <Td className={`text-xs ${NARROW_HIDDEN}`}>
                    {j.pipeline && <div className="font-medium text-slate-900">{j.externalUrl ? <ExternalLink href={j.externalUrl} label={`Open ${j.pipeline} in ${sourceLabel(j.source)}`}>{j.pipeline}</ExternalLink> : j.pipeline}</div>}
                    <div className="font-mono">
                      {j.ref}
                      {j.commit && <span className="ml-1.5 text-slate-500" title={j.commit}>{shortSha(j.commit)}</span>}
                    </div>
                    {j.triggeredBy && <div className="text-slate-500">by {j.triggeredBy}</div>}
                    {!j.pipeline && j.externalUrl && <ExternalLink href={j.externalUrl} label={`Open the run in ${sourceLabel(j.source)}`}>run</ExternalLink>}
                  </Td>
                  <Td><StatusBadge status={j.status} /></Td>
                  <Td className={NARROW_HIDDEN}><StageBar stages={j.stages} /></Td>
                  <Td className={`whitespace-nowrap text-xs ${NARROW_HIDDEN}`}>{formatDuration(durationBetween(j.startedAt, j.finishedAt))}</Td>
                  <Td className={`whitespace-nowrap text-xs text-slate-500 ${NARROW_HIDDEN}`}><span title={formatDateTime(j.createdAt)}>{relativeTime(j.createdAt)}</span></Td>
                  {can.runJobs(user) && (
                    <Td className="text-right">{!isExternal(j) && <JobActions job={j} onRetried={(n) => navigate(paths.job(n.id))} />}</Td>
                  )}
                </tr>
              ))}
            </Table>
            <Pagination page={jobs.data.page.number} totalPages={jobs.data.page.totalPages} totalElements={jobs.data.page.totalElements} onPage={(n) => set({ page: n })} />
          </>
        )}
      </Card>
      {starting && (
        <StartJobDialog
          open
          initialProjectId={projectId || undefined}
          onClose={() => setStarting(false)}
          onStarted={() => setStarting(false)}
        />
      )}
    </>
  );
}
