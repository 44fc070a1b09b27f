import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router-dom';
import { queries, useOpenIncident, useRelinkIncident, useResolveIncident } from '../../api/queries';
import type { DeploymentListItem, Incident, IncidentStatus, Project } from '../../api/types';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorState,
  FilterSelect,
  FormActions,
  InlineError,
  LoadingState,
  Modal,
  Pagination,
  SelectField,
  StatusBadge,
  Table,
  Td,
  TextField,
} from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { toFormErrors } from '../../lib/problems';
import { sourceLabel } from '../jobs/SourceBadge';

const PAGE_SIZE = 10;
/** The environments that count as production, as projects-service and metrics-service name them. */
const PRODUCTION = ['prod', 'production'];
const hours = (h?: number) => (h === undefined ? '—' : h < 1 ? `${Math.round(h * 60)} min` : `${h.toFixed(1)} h`);
const deploymentLabel = (d: DeploymentListItem) =>
  `${d.environment} · ${formatDateTime(d.deployedAt)} · ${d.version ?? d.commit?.slice(0, 7) ?? d.id.slice(0, 8)}`;

export function DeploymentsSection({ project }: { project: Project }) {
  const [environment, setEnvironment] = useState('');
  const [page, setPage] = useState(0);
  const list = useQuery(queries.deployments(project.id, { environment: environment || undefined, page, size: PAGE_SIZE }));
  return (
    <Card
      title="Deployments"
      padded={false}
      actions={
        <FilterSelect label="Filter deployments by environment" value={environment} onChange={(e) => { setEnvironment(e.target.value); setPage(0); }}>
          <option value="">All environments</option>
          {project.environments.map((e) => <option key={e.id} value={e.name}>{e.name}</option>)}
        </FilterSelect>
      }
    >
      {list.isPending && <LoadingState label="Loading deployments…" />}
      {list.error && !list.data && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.content.length === 0 && (
        <EmptyState title="No deployments">{environment ? `Nothing was deployed to ${environment}.` : 'Deployments recorded here or reported by an integration appear here.'}</EmptyState>
      )}
      {list.data && list.data.content.length > 0 && (
        <>
          <Table label="Deployments" head={['Deployed', 'Environment', 'Version / commit', 'Status', 'Lead time', 'Source']}>
            {list.data.content.map((d) => (
              <tr key={d.id} data-deployment-id={d.id}>
                <Td className="text-xs whitespace-nowrap">{formatDateTime(d.deployedAt)}</Td>
                <Td className="font-medium text-slate-900">{d.environment}</Td>
                <Td className="font-mono text-xs">{d.version && <span>{d.version} </span>}{d.commit && <span className="text-slate-500" title={d.commit}>{d.commit.slice(0, 7)}</span>}</Td>
                <Td><StatusBadge status={d.status} /></Td>
                <Td className="text-xs tabular-nums">{hours(d.leadTimeHours)}</Td>
                <Td className="text-xs">{d.source === 'manual' ? 'Manual' : sourceLabel(d.source)}</Td>
              </tr>
            ))}
          </Table>
          <Pagination page={list.data.page.number} totalPages={list.data.page.totalPages} totalElements={list.data.page.totalElements} onPage={setPage} />
        </>
      )}
    </Card>
  );
}

/** A local date-time input value for now (the browser's time zone), and back to an instant. */
const localNow = () => {
  const d = new Date();
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

function OpenIncidentDialog({ project, onClose }: { project: Project; onClose: () => void }) {
  const envs = project.environments.map((e) => e.name);
  const [form, setForm] = useState({ environment: envs.find((e) => PRODUCTION.includes(e)) ?? envs[0] ?? '', title: '', detectedAt: localNow() });
  const open = useOpenIncident(project.id);
  const errors = toFormErrors(open.error, ['environment', 'title', 'detectedAt']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    open.mutate(
      { environment: form.environment, title: form.title, detectedAt: form.detectedAt ? new Date(form.detectedAt).toISOString() : undefined },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal title="Open an incident" open onClose={onClose}>
      <form onSubmit={submit} className="space-y-4" noValidate>
        <InlineError error={errors.form} />
        <SelectField label="Environment" value={form.environment} onChange={(e) => setForm({ ...form, environment: e.target.value })} error={errors.fields.environment}>
          {envs.map((n) => <option key={n} value={n}>{n}</option>)}
        </SelectField>
        <TextField label="Title" value={form.title} placeholder="Checkout answers 500" onChange={(e) => setForm({ ...form, title: e.target.value })} error={errors.fields.title} />
        <TextField label="Detected at" type="datetime-local" value={form.detectedAt} onChange={(e) => setForm({ ...form, detectedAt: e.target.value })} error={errors.fields.detectedAt} hint="Linked by time to the last production deployment before it; you can change the link." />
        <FormActions onCancel={onClose} busy={open.isPending}>Open incident</FormActions>
      </form>
    </Modal>
  );
}

function RelinkDialog({ project, incident, deployments, onClose }: { project: Project; incident: Incident; deployments: DeploymentListItem[]; onClose: () => void }) {
  const [deploymentId, setDeploymentId] = useState(incident.deploymentId ?? '');
  const relink = useRelinkIncident(project.id);
  return (
    <Modal title="Link the incident to a deployment" open onClose={onClose}>
      <form className="space-y-4" onSubmit={(e) => { e.preventDefault(); relink.mutate({ id: incident.id, deploymentId }, { onSuccess: onClose }); }}>
        <InlineError error={relink.error} />
        <p className="text-sm text-slate-600">{incident.title}</p>
        <SelectField label="Deployment" value={deploymentId} onChange={(e) => setDeploymentId(e.target.value)}>
          <option value="">Due to no deployment</option>
          {incident.deploymentId && !deployments.some((d) => d.id === incident.deploymentId) && <option value={incident.deploymentId}>{incident.deploymentId}</option>}
          {deployments.map((d) => <option key={d.id} value={d.id}>{deploymentLabel(d)}</option>)}
        </SelectField>
        <FormActions onCancel={onClose} busy={relink.isPending}>Save link</FormActions>
      </form>
    </Modal>
  );
}

function ResolveButton({ project, incident }: { project: Project; incident: Incident }) {
  const resolve = useResolveIncident(project.id);
  return (
    <span className="inline-flex flex-col items-end">
      <Button size="sm" variant="secondary" busy={resolve.isPending} aria-label={`Resolve ${incident.title}`} onClick={() => resolve.mutate(incident.id)}>Resolve</Button>
      {resolve.error && <InlineError error={resolve.error} />}
    </span>
  );
}

export function IncidentsSection({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const [status, setStatus] = useState<IncidentStatus | ''>('');
  const [page, setPage] = useState(0);
  const [opening, setOpening] = useState(false);
  const [relinking, setRelinking] = useState<Incident | null>(null);
  const list = useQuery(queries.incidents(project.id, { status, page, size: PAGE_SIZE }));
  // The production deployments an incident may be blamed on (the latest 100).
  const deployments = useQuery(queries.deployments(project.id, { size: 100 }));
  const production = (deployments.data?.content ?? []).filter((d) => PRODUCTION.includes(d.environment));
  const describe = (id: string) => {
    const d = deployments.data?.content.find((x) => x.id === id);
    return d ? deploymentLabel(d) : id.slice(0, 8);
  };
  // A link from the metrics drill-down (#incident-<id>): scroll to that row once it is shown.
  const { hash } = useLocation();
  const shown = list.data?.content.length ?? 0;
  useEffect(() => {
    if (hash.startsWith('#incident-')) document.getElementById(hash.slice(1))?.scrollIntoView?.({ block: 'center' });
  }, [hash, shown]);
  return (
    <Card
      title="Incidents"
      padded={false}
      actions={
        <>
          <FilterSelect label="Filter incidents by status" value={status} onChange={(e) => { setStatus(e.target.value as IncidentStatus | ''); setPage(0); }}>
            <option value="">All incidents</option>
            <option value="OPEN">Open</option>
            <option value="RESOLVED">Resolved</option>
          </FilterSelect>
          {canEdit && (
            <Button size="sm" variant="secondary" disabled={project.environments.length === 0} title={project.environments.length === 0 ? 'Add an environment first' : undefined} onClick={() => setOpening(true)}>
              Open incident
            </Button>
          )}
        </>
      }
    >
      {list.isPending && <LoadingState label="Loading incidents…" />}
      {list.error && !list.data && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.content.length === 0 && (
        <EmptyState title="No incidents">{status ? 'No incident has this status.' : 'Incidents opened here or by Alertmanager and CDEvents appear here.'}</EmptyState>
      )}
      {list.data && list.data.content.length > 0 && (
        <>
          <Table label="Incidents" head={['Incident', 'Status', 'Detected', 'Resolved', 'Deployment', ...(canEdit ? [''] : [])]}>
            {list.data.content.map((i) => (
              <tr key={i.id} id={`incident-${i.id}`} data-incident-id={i.id} data-status={i.status} className={hash === `#incident-${i.id}` ? 'bg-amber-50' : ''}>
                <Td>
                  <div className="font-medium text-slate-900">{i.title}</div>
                  <div className="text-xs text-slate-500">{i.environment}{i.source && i.source !== 'manual' ? ` · from ${sourceLabel(i.source)}` : ''}</div>
                </Td>
                <Td>{i.status === 'OPEN' ? <Badge tone="red">Open</Badge> : <Badge tone="green">Resolved</Badge>}</Td>
                <Td className="text-xs whitespace-nowrap">{formatDateTime(i.detectedAt)}</Td>
                <Td className="text-xs whitespace-nowrap">{i.resolvedAt ? formatDateTime(i.resolvedAt) : '—'}</Td>
                <Td className="text-xs">
                  {i.deploymentId ? <span>{describe(i.deploymentId)} </span> : <span className="text-slate-400">none </span>}
                  {i.linkedBy && <Badge tone={i.linkedBy === 'MANUAL' ? 'indigo' : 'gray'}>{i.linkedBy === 'MANUAL' ? 'Manual' : 'Auto'}</Badge>}
                </Td>
                {canEdit && (
                  <Td className="text-right whitespace-nowrap">
                    <span className="inline-flex gap-1">
                      <Button size="sm" variant="ghost" aria-label={`Change the deployment of ${i.title}`} onClick={() => setRelinking(i)}>Re-link</Button>
                      {i.status === 'OPEN' && <ResolveButton project={project} incident={i} />}
                    </span>
                  </Td>
                )}
              </tr>
            ))}
          </Table>
          <Pagination page={list.data.page.number} totalPages={list.data.page.totalPages} totalElements={list.data.page.totalElements} onPage={setPage} />
        </>
      )}
      {opening && <OpenIncidentDialog project={project} onClose={() => setOpening(false)} />}
      {relinking && <RelinkDialog project={project} incident={relinking} deployments={production} onClose={() => setRelinking(null)} />}
    </Card>
  );
}
