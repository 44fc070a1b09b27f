import { useState, type FormEvent, type ReactNode } from 'react';
import { useAddEnvironment, useAddRepository, useAddVersion, useRecordDeployment, useRemoveEnvironment, useRemoveRepository } from '../../api/queries';
import { DEPLOYMENT_STATUSES, type DeploymentStatus, type Project, type Version } from '../../api/types';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  EmptyState,
  FormActions,
  InlineError,
  Modal,
  NARROW_HIDDEN,
  SelectField,
  StatusBadge,
  Table,
  Td,
  TextArea,
  TextField,
  statusLabel,
} from '../../components/ui';
import { toFormErrors } from '../../lib/problems';
import { formatDateTime } from '../../lib/format';

interface SectionProps {
  project: Project;
  canEdit: boolean;
}

/** One remove button per row, each with its own mutation so that only the row clicked shows busy. */
function RemoveButton({ label, remove }: { label: string; remove: { mutate: () => void; isPending: boolean; isError: boolean } }) {
  return (
    <span className="inline-flex flex-col items-end">
      <Button variant="ghostDanger" size="sm" busy={remove.isPending} aria-label={label} onClick={() => remove.mutate()}>
        Remove
      </Button>
      {remove.isError && <span role="alert" className="text-xs text-rose-600">Could not remove</span>}
    </span>
  );
}

function RemoveRepository({ projectId, repoId, name }: { projectId: string; repoId: string; name: string }) {
  const m = useRemoveRepository(projectId);
  return <RemoveButton label={`Remove repository ${name}`} remove={{ ...m, mutate: () => m.mutate(repoId) }} />;
}

function RemoveEnvironment({ projectId, envId, name }: { projectId: string; envId: string; name: string }) {
  const m = useRemoveEnvironment(projectId);
  return <RemoveButton label={`Remove environment ${name}`} remove={{ ...m, mutate: () => m.mutate(envId) }} />;
}

/** The add request of a section: a TanStack mutation whose variables are the dialog's form. */
interface AddMutation<F> {
  mutate(form: F, options: { onSuccess: () => void }): void;
  reset(): void;
  error: unknown;
  isPending: boolean;
}

/**
 * An "Add …" dialog's state: open or not, its form (starting as `empty`, each key a field the service may
 * name in its errors), and submit, which closes the dialog and clears the form once the service accepts it.
 */
function useAddDialog<F extends object>(add: AddMutation<NoInfer<F>>, empty: F) {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(empty);
  return {
    open,
    form,
    edit: (change: Partial<F>) => setForm({ ...form, ...change }),
    errors: toFormErrors(add.error, Object.keys(empty)),
    busy: add.isPending,
    show: () => {
      add.reset();
      setOpen(true);
    },
    close: () => setOpen(false),
    submit: (e: FormEvent) => {
      e.preventDefault();
      add.mutate(form, {
        onSuccess: () => {
          setOpen(false);
          setForm(empty);
        },
      });
    },
  };
}

function AddDialog({ title, submitLabel = 'Add', dialog, children }: {
  title: string;
  submitLabel?: string;
  dialog: Pick<ReturnType<typeof useAddDialog>, 'open' | 'close' | 'submit' | 'errors' | 'busy'>;
  children: ReactNode;
}) {
  return (
    <Modal title={title} open={dialog.open} onClose={dialog.close}>
      <form onSubmit={dialog.submit} className="space-y-4" noValidate>
        <InlineError error={dialog.errors.form} />
        {children}
        <FormActions onCancel={dialog.close} busy={dialog.busy}>{submitLabel}</FormActions>
      </form>
    </Modal>
  );
}

export function RepositoriesSection({ project, canEdit }: SectionProps) {
  const dialog = useAddDialog(useAddRepository(project.id), { name: '', url: '', defaultBranch: 'main' });
  const { form, edit, errors } = dialog;
  const repos = project.repositories ?? [];
  return (
    <Card title="Repositories" padded={false} actions={canEdit && <Button size="sm" variant="secondary" onClick={dialog.show}>Add repository</Button>}>
      {repos.length === 0 ? (
        <EmptyState title="No repositories">Link the VCS repositories this project builds from.</EmptyState>
      ) : (
        <Table label="Repositories" narrowHidden={[1]} head={['Name', 'URL', 'Default branch', ...(canEdit ? [''] : [])]}>
          {repos.map((r) => (
            <tr key={r.id}>
              <Td className="font-medium text-slate-900">{r.name}</Td>
              <Td className={`max-w-[20rem] truncate font-mono text-xs ${NARROW_HIDDEN}`} title={r.url}>{r.url}</Td>
              <Td><Badge>{r.defaultBranch}</Badge></Td>
              {canEdit && <Td className="text-right"><RemoveRepository projectId={project.id} repoId={r.id} name={r.name} /></Td>}
            </tr>
          ))}
        </Table>
      )}
      <AddDialog title="Add repository" dialog={dialog}>
        <TextField label="Name" value={form.name} onChange={(e) => edit({ name: e.target.value })} error={errors.fields.name} />
        <TextField label="URL" value={form.url} placeholder="https://git.example.com/team/app.git" onChange={(e) => edit({ url: e.target.value })} error={errors.fields.url} />
        <TextField label="Default branch" value={form.defaultBranch} onChange={(e) => edit({ defaultBranch: e.target.value })} error={errors.fields.defaultBranch} />
      </AddDialog>
    </Card>
  );
}

export function EnvironmentsSection({ project, canEdit }: SectionProps) {
  const dialog = useAddDialog(useAddEnvironment(project.id), { name: '', url: '', protected: false });
  const { form, edit, errors } = dialog;
  const envs = project.environments ?? [];
  return (
    <Card title="Environments" padded={false} actions={canEdit && <Button size="sm" variant="secondary" onClick={dialog.show}>Add environment</Button>}>
      {envs.length === 0 ? (
        <EmptyState title="No environments">Add dev, staging or prod to deploy versions to them.</EmptyState>
      ) : (
        <Table label="Environments" narrowHidden={[1]} head={['Name', 'URL', 'Protection', ...(canEdit ? [''] : [])]}>
          {envs.map((env) => (
            <tr key={env.id}>
              <Td className="font-medium text-slate-900">{env.name}</Td>
              <Td className={`max-w-[16rem] truncate font-mono text-xs ${NARROW_HIDDEN}`}>{env.url || '—'}</Td>
              <Td>{env.protected ? <Badge tone="amber">Protected</Badge> : <Badge>Open</Badge>}</Td>
              {canEdit && <Td className="text-right"><RemoveEnvironment projectId={project.id} envId={env.id} name={env.name} /></Td>}
            </tr>
          ))}
        </Table>
      )}
      <AddDialog title="Add environment" dialog={dialog}>
        <TextField label="Name" value={form.name} placeholder="staging" onChange={(e) => edit({ name: e.target.value })} error={errors.fields.name} />
        <TextField label="URL" value={form.url} placeholder="https://staging.example.com" onChange={(e) => edit({ url: e.target.value })} error={errors.fields.url} />
        <Checkbox label="Protected (deployments need care)" checked={form.protected} onChange={(e) => edit({ protected: e.target.checked })} />
      </AddDialog>
    </Card>
  );
}

export function VersionsSection({ project, canEdit }: SectionProps) {
  const [deploying, setDeploying] = useState<Version | null>(null);
  const dialog = useAddDialog(useAddVersion(project.id), { version: '', commit: '', notes: '' });
  const { form, edit, errors } = dialog;
  const versions = [...(project.versions ?? [])].sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
  const envNames = (project.environments ?? []).map((e) => e.name);
  return (
    <Card title="Versions" padded={false} actions={canEdit && <Button size="sm" variant="secondary" onClick={dialog.show}>New version</Button>}>
      {versions.length === 0 ? (
        <EmptyState title="No versions released">Record a version to track where it is deployed.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100">
          {versions.map((v) => (
            <li key={v.version} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-5">
              <div className="min-w-0">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-mono text-sm font-semibold text-slate-900">v{v.version.replace(/^v/, '')}</span>
                  <span className="font-mono text-xs text-slate-500">{v.commit?.slice(0, 10)}</span>
                  <span className="text-xs text-slate-400">{formatDateTime(v.createdAt)}</span>
                </div>
                {v.notes && <p className="mt-0.5 truncate text-sm text-slate-600">{v.notes}</p>}
                <div className="mt-1.5 flex flex-wrap gap-1.5">
                  {(v.deployments ?? []).length === 0 && <span className="text-xs text-slate-400">Not deployed</span>}
                  {(v.deployments ?? []).map((d) => (
                    <span key={d.id} className="inline-flex items-center gap-1 text-xs text-slate-600" title={`${statusLabel(d.status)} by ${d.deployedBy} · ${formatDateTime(d.deployedAt)}`}>
                      <span className="font-medium">{d.environment}</span>
                      <StatusBadge status={d.status} />
                    </span>
                  ))}
                </div>
              </div>
              {canEdit && (
                <Button size="sm" variant="secondary" disabled={envNames.length === 0} title={envNames.length === 0 ? 'Add an environment first' : undefined} onClick={() => setDeploying(v)}>
                  Deploy…
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <AddDialog title="New version" submitLabel="Create version" dialog={dialog}>
        <TextField label="Version" value={form.version} placeholder="1.4.0" onChange={(e) => edit({ version: e.target.value })} error={errors.fields.version} hint="Semantic version: MAJOR.MINOR.PATCH" />
        <TextField label="Commit" value={form.commit} placeholder="9f2c1e4" onChange={(e) => edit({ commit: e.target.value })} error={errors.fields.commit} />
        <TextArea label="Notes" value={form.notes} onChange={(e) => edit({ notes: e.target.value })} error={errors.fields.notes} />
      </AddDialog>
      {deploying && <DeployDialog project={project} version={deploying} environments={envNames} onClose={() => setDeploying(null)} onDone={() => setDeploying(null)} />}
    </Card>
  );
}

function DeployDialog({ project, version, environments, onClose, onDone }: {
  project: Project;
  version: Version;
  environments: string[];
  onClose: () => void;
  onDone: () => void;
}) {
  const [environment, setEnvironment] = useState(environments[0] ?? '');
  const [status, setStatus] = useState<DeploymentStatus>('SUCCEEDED');
  const deploy = useRecordDeployment(project.id);
  const errors = toFormErrors(deploy.error, ['environment', 'status']);
  const busy = deploy.isPending;
  return (
    <Modal title={`Deploy ${version.version}`} open onClose={onClose}>
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          deploy.mutate({ version: version.version, environment, status }, { onSuccess: onDone });
        }}
      >
        <InlineError error={errors.form} />
        <SelectField label="Environment" value={environment} onChange={(e) => setEnvironment(e.target.value)} error={errors.fields.environment}>
          {environments.map((n) => <option key={n} value={n}>{n}</option>)}
        </SelectField>
        <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value as DeploymentStatus)} error={errors.fields.status}>
          {DEPLOYMENT_STATUSES.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
        </SelectField>
        <FormActions onCancel={onClose} busy={busy}>Record deployment</FormActions>
      </form>
    </Modal>
  );
}
