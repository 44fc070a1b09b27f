import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { queries, useCreateIntegration, useDeleteIntegration, useRotateSecret } from '../../api/queries';
import { INTEGRATION_KINDS, type DeliveryOutcome, type Integration, type IntegrationKind, type IntegrationSecret, type Project } from '../../api/types';
import {
  Badge,
  Button,
  Card,
  CopyField,
  EmptyState,
  ErrorState,
  FormActions,
  InlineError,
  LoadingState,
  Modal,
  Pagination,
  SelectField,
  Table,
  Td,
  type Tone,
} from '../../components/ui';
import { formatDateTime, relativeTime } from '../../lib/format';

export const KIND_LABELS: Record<IntegrationKind, string> = {
  github: 'GitHub',
  gitlab: 'GitLab',
  cdevents: 'CDEvents',
  alertmanager: 'Alertmanager',
};

/** The address the sender posts to: this dashboard's origin (the edge routes /hooks) and the hook path. */
export const hookUrl = (hookPath: string) => `${window.location.origin}${hookPath}`;

/** Where the URL and the secret go in the sending system, in its own words. */
function WhereToPaste({ kind }: { kind: IntegrationKind }) {
  const text: Record<IntegrationKind, ReactNode> = {
    github: (
      <>
        <p>In the repository (or organisation) open <b>Settings → Webhooks → Add webhook</b>: paste the URL as <b>Payload URL</b>, choose content type <code>application/json</code>, paste the secret as <b>Secret</b>.</p>
        <p>Under “Let me select individual events” tick <b>Workflow runs</b>, <b>Workflow jobs</b>, <b>Pushes</b> and <b>Deployment statuses</b>.</p>
      </>
    ),
    gitlab: (
      <>
        <p>In the project (or group) open <b>Settings → Webhooks → Add new webhook</b>: paste the URL as <b>URL</b> and the secret as <b>Secret token</b>.</p>
        <p>Tick the triggers <b>Pipeline events</b>, <b>Job events</b>, <b>Push events</b> and <b>Deployment events</b>.</p>
      </>
    ),
    cdevents: (
      <>
        <p>Have your emitter (Tekton, Jenkins, Keptn, Spinnaker, a script) POST CloudEvents 1.0 (binary or structured mode) to the URL.</p>
        <p>Send the header <code>Authorization: Bearer &lt;secret&gt;</code> with every event.</p>
      </>
    ),
    alertmanager: (
      <>
        <p>In <code>alertmanager.yml</code> add a receiver with a <code>webhook_configs</code> entry whose <code>url</code> is the URL.</p>
        <p>Put the secret in its <code>http_config.authorization.credentials</code> (type Bearer); label alerts with <code>environment</code>.</p>
      </>
    ),
  };
  return <div className="space-y-1 text-xs text-slate-600" data-testid={`paste-${kind}`}>{text[kind]}</div>;
}

const outcomeTones: Record<DeliveryOutcome, Tone> = { ACCEPTED: 'green', DUPLICATE: 'gray', IGNORED: 'amber', REJECTED: 'red' };

function Deliveries({ projectId, integration }: { projectId: string; integration: Integration }) {
  const [page, setPage] = useState(0);
  const deliveries = useQuery(queries.deliveries(projectId, integration.id, page));
  if (deliveries.isPending) return <LoadingState label="Loading deliveries…" />;
  if (!deliveries.data) return <ErrorState error={deliveries.error} onRetry={() => void deliveries.refetch()} />;
  if (deliveries.data.content.length === 0) return <p className="px-4 py-3 text-sm text-slate-500">No delivery yet.</p>;
  const p = deliveries.data.page;
  return (
    <>
      <Table label={`Deliveries of ${KIND_LABELS[integration.kind]}`} head={['Received', 'Event', 'Outcome', 'Detail']}>
        {deliveries.data.content.map((d) => (
          <tr key={d.deliveryId} data-outcome={d.outcome}>
            <Td className="text-xs whitespace-nowrap"><span title={formatDateTime(d.receivedAt)}>{relativeTime(d.receivedAt)}</span></Td>
            <Td className="font-mono text-xs">{d.event ?? '—'}</Td>
            <Td><Badge tone={outcomeTones[d.outcome]}>{d.outcome.charAt(0) + d.outcome.slice(1).toLowerCase()}</Badge></Td>
            <Td className="max-w-[20rem] truncate text-xs text-slate-500" title={d.detail ?? undefined}>{d.detail ?? ''}</Td>
          </tr>
        ))}
      </Table>
      {p.totalPages > 1 && <Pagination page={p.number} totalPages={p.totalPages} totalElements={p.totalElements} onPage={setPage} />}
    </>
  );
}

/** The secret, shown once after creation or rotation, with the URL and where to paste both. */
function SecretDialog({ secret, rotated, onClose }: { secret: IntegrationSecret; rotated: boolean; onClose: () => void }) {
  return (
    <Modal title={rotated ? `New ${KIND_LABELS[secret.kind]} secret` : `${KIND_LABELS[secret.kind]} integration added`} open onClose={onClose}>
      <div className="space-y-4">
        <CopyField label="Hook URL" value={hookUrl(secret.hookPath)} testId="hook-url" />
        <CopyField label="Secret" value={secret.secret} testId="hook-secret" />
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-800 ring-1 ring-amber-200 ring-inset">
          This secret is shown only now. Copy it into {KIND_LABELS[secret.kind]}; if it is lost, rotate it.
          {rotated && ' The previous secret no longer works.'}
        </p>
        <WhereToPaste kind={secret.kind} />
        <div className="flex justify-end"><Button onClick={onClose}>Done</Button></div>
      </div>
    </Modal>
  );
}

function IntegrationRow({ projectId, integration, canEdit, onSecret }: {
  projectId: string;
  integration: Integration;
  canEdit: boolean;
  onSecret: (s: IntegrationSecret) => void;
}) {
  const [open, setOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const rotate = useRotateSecret(projectId);
  const remove = useDeleteIntegration(projectId);
  const c = integration.counts;
  const label = KIND_LABELS[integration.kind];
  return (
    <li className="px-4 py-3 sm:px-5" data-integration-id={integration.id} data-kind={integration.kind}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1 space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm font-semibold text-slate-900">{label}</span>
            <span className="text-xs text-slate-500">
              added {formatDateTime(integration.createdAt)} · {integration.lastDeliveryAt ? `last delivery ${relativeTime(integration.lastDeliveryAt)}` : 'no delivery yet'}
            </span>
          </div>
          <CopyField label="Hook URL" value={hookUrl(integration.hookPath)} />
          <WhereToPaste kind={integration.kind} />
          <p className="flex flex-wrap gap-1.5 text-xs" aria-label="Delivery counts">
            <Badge tone="green">{c.accepted} accepted</Badge>
            <Badge>{c.duplicate} duplicate</Badge>
            <Badge tone="amber">{c.ignored} ignored</Badge>
            <Badge tone="red">{c.rejected} rejected</Badge>
          </p>
        </div>
        <div className="flex flex-col items-end gap-1">
          <div className="flex flex-wrap gap-1">
            <Button size="sm" variant="ghost" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? 'Hide deliveries' : 'Deliveries'}</Button>
            {canEdit && (
              <>
                <Button size="sm" variant="secondary" busy={rotate.isPending} aria-label={`Rotate ${label} secret`} onClick={() => rotate.mutate(integration.id, { onSuccess: onSecret })}>
                  Rotate secret
                </Button>
                <Button size="sm" variant="ghostDanger" aria-label={`Delete ${label} integration`} onClick={() => { remove.reset(); setDeleting(true); }}>Delete</Button>
              </>
            )}
          </div>
          <InlineError error={rotate.error} />
        </div>
      </div>
      {open && <div className="mt-3 rounded-lg ring-1 ring-slate-200"><Deliveries projectId={projectId} integration={integration} /></div>}
      <Modal title={`Delete the ${label} integration?`} open={deleting} onClose={() => setDeleting(false)}>
        <div className="space-y-4">
          <InlineError error={remove.error} />
          <p className="text-sm text-slate-600">Its hook URL stops working at once ({label} gets 404); what it already delivered stays.</p>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setDeleting(false)}>Cancel</Button>
            <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate(integration.id, { onSuccess: () => setDeleting(false) })}>Delete integration</Button>
          </div>
        </div>
      </Modal>
    </li>
  );
}

export function IntegrationsSection({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const integrations = useQuery(queries.integrations(project.id));
  const create = useCreateIntegration(project.id);
  const [adding, setAdding] = useState(false);
  const [kind, setKind] = useState<IntegrationKind>('github');
  const [shown, setShown] = useState<{ secret: IntegrationSecret; rotated: boolean } | null>(null);
  return (
    <Card
      title="Integrations"
      padded={false}
      actions={canEdit && <Button size="sm" variant="secondary" onClick={() => { create.reset(); setAdding(true); }}>Add integration</Button>}
    >
      {integrations.isPending && <LoadingState label="Loading integrations…" />}
      {integrations.error && !integrations.data && <ErrorState error={integrations.error} onRetry={() => void integrations.refetch()} />}
      {integrations.data && integrations.data.length === 0 && (
        <EmptyState title="No integrations">Connect GitHub, GitLab, a CDEvents emitter or Alertmanager so that real runs, deployments and incidents arrive here.</EmptyState>
      )}
      {integrations.data && integrations.data.length > 0 && (
        <ul className="divide-y divide-slate-100">
          {integrations.data.map((i) => (
            <IntegrationRow key={i.id} projectId={project.id} integration={i} canEdit={canEdit} onSecret={(secret) => setShown({ secret, rotated: true })} />
          ))}
        </ul>
      )}
      <Modal title="Add integration" open={adding} onClose={() => setAdding(false)}>
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate(kind, { onSuccess: (secret) => { setAdding(false); setShown({ secret, rotated: false }); } });
          }}
        >
          <InlineError error={create.error} />
          <SelectField label="Sender" value={kind} onChange={(e) => setKind(e.target.value as IntegrationKind)}>
            {INTEGRATION_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
          </SelectField>
          <WhereToPaste kind={kind} />
          <FormActions onCancel={() => setAdding(false)} busy={create.isPending}>Add</FormActions>
        </form>
      </Modal>
      {shown && <SecretDialog secret={shown.secret} rotated={shown.rotated} onClose={() => setShown(null)} />}
    </Card>
  );
}
