import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { queries } from '../../api/queries';
import { useAuth } from '../../auth/AuthContext';
import { can } from '../../auth/permissions';
import { Badge, Button, Card, EmptyState, ErrorState, LoadingState, PageHeader, StatusBadge, Table, Td } from '../../components/ui';
import { formatDateTime, relativeTime } from '../../lib/format';
import { StartJobDialog } from '../jobs/StartJobDialog';
import { DeleteProjectDialog, EditProjectDialog } from './ProjectsPage';
import { EnvironmentsSection, RepositoriesSection, VersionsSection } from './ProjectSections';
import { IntegrationsSection } from './IntegrationsSection';
import { DeploymentsSection, IncidentsSection } from './DeliverySections';
import { paths } from '../../paths';

export default function ProjectDetailPage() {
  const { id = '' } = useParams();
  const { user } = useAuth();
  const navigate = useNavigate();
  const { data: project, error, isPending, refetch } = useQuery(queries.project(id));
  const jobs = useQuery(queries.jobs({ projectId: id, size: 5 }));
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [starting, setStarting] = useState(false);

  if (isPending) return <LoadingState label="Loading project…" />;
  if (!project) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const canEdit = can.editProjects(user);
  return (
    <>
      <nav className="mb-2 text-sm text-slate-500" aria-label="Breadcrumb">
        <Link to={paths.projects} className="hover:text-slate-700">Projects</Link> <span aria-hidden>/</span> <span className="text-slate-700">{project.name}</span>
      </nav>
      <PageHeader
        title={project.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <span>Owned by {project.owner}</span>
            <span aria-hidden>·</span>
            <span>updated {formatDateTime(project.updatedAt)}</span>
            {project.tags.map((t) => <Badge key={t} tone="indigo">{t}</Badge>)}
          </span>
        }
        actions={
          <>
            {can.runJobs(user) && <Button onClick={() => setStarting(true)}>Run pipeline</Button>}
            {canEdit && <Button variant="secondary" onClick={() => setEditing(true)}>Edit</Button>}
            {can.deleteProject(user, project) && <Button variant="danger" onClick={() => setDeleting(true)}>Delete</Button>}
          </>
        }
      />
      {project.description && <p className="-mt-3 mb-6 max-w-3xl text-sm text-slate-600">{project.description}</p>}

      <div className="grid grid-cols-1 gap-6 2xl:grid-cols-2">
        <RepositoriesSection project={project} canEdit={canEdit} />
        <EnvironmentsSection project={project} canEdit={canEdit} />
        <div className="2xl:col-span-2">
          <VersionsSection project={project} canEdit={canEdit} />
        </div>
        <div className="2xl:col-span-2">
          <DeploymentsSection project={project} />
        </div>
        <div className="2xl:col-span-2">
          <IncidentsSection project={project} canEdit={canEdit} />
        </div>
        <div className="2xl:col-span-2">
          <IntegrationsSection project={project} canEdit={canEdit} />
        </div>
        <div className="2xl:col-span-2">
          <Card title="Recent jobs" padded={false} actions={<Link to={paths.jobs({ projectId: project.id })} className="text-sm font-medium text-indigo-600 hover:underline">All jobs</Link>}>
            {jobs.isPending && <LoadingState />}
            {jobs.error && !jobs.data && <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} />}
            {jobs.data && jobs.data.content.length === 0 && <EmptyState title="No jobs yet">Run the pipeline to build this project.</EmptyState>}
            {jobs.data && jobs.data.content.length > 0 && (
              <Table label="Recent jobs" head={['Job', 'Ref', 'Status', 'Created']}>
                {jobs.data.content.map((j) => (
                  <tr key={j.id}>
                    <Td><Link className="font-mono text-xs text-indigo-700 hover:underline" to={paths.job(j.id)}>{j.id.slice(0, 8)}</Link></Td>
                    <Td className="font-mono text-xs">{j.ref}</Td>
                    <Td><StatusBadge status={j.status} /></Td>
                    <Td className="text-xs text-slate-500" >{relativeTime(j.createdAt)}</Td>
                  </tr>
                ))}
              </Table>
            )}
          </Card>
        </div>
      </div>

      <EditProjectDialog project={editing ? project : null} onClose={() => setEditing(false)} />
      <DeleteProjectDialog project={deleting ? project : null} onClose={() => setDeleting(false)} onDeleted={() => navigate(paths.projects, { replace: true })} />
      {starting && (
        <StartJobDialog open projectId={project.id} onClose={() => setStarting(false)} onStarted={(job) => navigate(paths.job(job.id))} />
      )}
    </>
  );
}
