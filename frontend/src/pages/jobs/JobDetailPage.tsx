import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { queries } from '../../api/queries';
import { isExternal, isFinal } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { can } from '../../auth/permissions';
import { Card, ErrorState, LoadingState, PageHeader, StatusBadge } from '../../components/ui';
import { useLiveJobs } from '../../hooks/useLiveJobs';
import { useProjectNames } from '../../hooks/useProjectNames';
import { durationBetween, formatDateTime, formatDuration } from '../../lib/format';
import { JobActions } from './JobActions';
import { LiveIndicator } from './LiveIndicator';
import { StageTimeline } from './StageTimeline';
import { ExternalLink, SourceBadge, shortSha, sourceLabel } from './SourceBadge';
import { paths } from '../../paths';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export default function JobDetailPage() {
  const { id = '' } = useParams();
  const { user } = useAuth();
  const navigate = useNavigate();
  const { data: job, error, isPending, refetch } = useQuery(queries.job(id));
  const nameOf = useProjectNames(job ? [job.projectId] : []);
  const live = useLiveJobs(!job || !isFinal(job.status));
  const [now, setNow] = useState(() => Date.now());
  const running = !!job && !isFinal(job.status);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  if (isPending) return <LoadingState label="Loading job…" />;
  if (!job) return <ErrorState error={error} onRetry={() => void refetch()} />;

  return (
    <>
      <nav className="mb-2 text-sm text-slate-500" aria-label="Breadcrumb">
        <Link to={paths.jobs()} className="hover:text-slate-700">Jobs</Link> <span aria-hidden>/</span> <span className="font-mono text-slate-700">{job.id.slice(0, 8)}</span>
      </nav>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            <span>{nameOf(job.projectId)} <span className="font-mono text-lg font-normal text-slate-500">@ {job.ref}</span></span>
            <span data-testid="job-status" data-status={job.status}><StatusBadge status={job.status} /></span>
            <SourceBadge source={job.source} />
          </span>
        }
        subtitle={`${job.pipeline ? `${job.pipeline} · ` : ''}Attempt ${job.attempt} · job ${job.id}`}
        actions={
          <>
            {running ? <LiveIndicator state={live} /> : null}
            {job.externalUrl && (
              <ExternalLink href={job.externalUrl}>Open in {sourceLabel(job.source)}</ExternalLink>
            )}
            {can.runJobs(user) && !isExternal(job) && <JobActions size="md" job={job} onRetried={(n) => navigate(paths.job(n.id))} />}
          </>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card title="Details" className="lg:col-span-1">
          <dl className="grid grid-cols-2 gap-4 lg:grid-cols-1">
            <Fact label="Project"><Link className="text-indigo-700 hover:underline" to={paths.project(job.projectId)}>{nameOf(job.projectId)}</Link></Fact>
            <Fact label="Source"><SourceBadge source={job.source} /></Fact>
            {job.pipeline && <Fact label="Pipeline">{job.pipeline}</Fact>}
            <Fact label="Ref"><span className="font-mono">{job.ref}</span></Fact>
            {job.commit && <Fact label="Commit"><span className="font-mono" title={job.commit}>{shortSha(job.commit)}</span></Fact>}
            <Fact label="Triggered by">{job.triggeredBy ?? job.createdBy}</Fact>
            <Fact label="Created">{formatDateTime(job.createdAt)}</Fact>
            <Fact label="Started">{formatDateTime(job.startedAt)}</Fact>
            <Fact label="Finished">{formatDateTime(job.finishedAt)}</Fact>
            <Fact label="Duration"><span className="tabular-nums">{formatDuration(durationBetween(job.startedAt, job.finishedAt, now))}</span></Fact>
          </dl>
        </Card>
        <Card title="Stage timeline" className="lg:col-span-2">
          <StageTimeline stages={job.stages} now={now} />
        </Card>
      </div>
    </>
  );
}
