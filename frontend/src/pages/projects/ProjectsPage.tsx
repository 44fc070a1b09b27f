import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { queries, useCreateProject, useDeleteProject, useUpdateProject } from '../../api/queries';
import type { Project } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { can } from '../../auth/permissions';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorState,
  InlineError,
  LoadingState,
  Modal,
  NARROW_HIDDEN,
  PageHeader,
  Pagination,
  SearchInput,
  Table,
  Td,
} from '../../components/ui';
import { useDebounced } from '../../hooks/useDebounced';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { formatDateTime } from '../../lib/format';
import { ProjectForm } from './ProjectForm';
import { paths } from '../../paths';

const PAGE_SIZE = 20;
const count = (n = 0, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function ProjectsPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params, update] = useUrlFilters();
  const page = Number(params.get('page') ?? 0) || 0;
  const tag = params.get('tag') ?? '';
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 250);
  const [creating, setCreatingState] = useState(false);
  const [editing, setEditing] = useState<Project | null>(null);
  const [deleting, setDeleting] = useState<Project | null>(null);

  // The debounced search goes into the address (and back to the first page) once it settles.
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) update({ q, page: null });
  }, [q, params, update]);

  const { data, error, isFetching: loading, refetch } = useQuery(queries.projects({ page, size: PAGE_SIZE, q: q || undefined, tag: tag || undefined }));
  const reload = () => void refetch();
  const create = useCreateProject();
  const setCreating = (open: boolean) => {
    create.reset();
    setCreatingState(open);
  };

  // The project being edited as last read: after a 409 the list is read again, and saving once more
  // then carries the new version.
  const edited = editing && (data?.content.find((p) => p.id === editing.id) ?? editing);
  const canEdit = can.editProjects(user);
  const filtered = q !== '' || tag !== '';

  return (
    <>
      <PageHeader
        title="Projects"
        subtitle="Repositories, environments and released versions of every service you ship."
        actions={canEdit && <Button onClick={() => setCreating(true)}>New project</Button>}
      />
      <Card padded={false}>
        <div className="flex flex-col gap-3 border-b border-slate-100 p-4 sm:flex-row sm:items-center">
          <SearchInput label="Search projects" placeholder="Search by name…" value={search} onChange={(e) => setSearch(e.target.value)} />
          {tag && (
            <div className="flex items-center gap-2 text-sm text-slate-600">
              Tag
              <button type="button" onClick={() => update({ tag: null, page: null })} className="group" aria-label={`Remove tag filter ${tag}`}>
                <Badge tone="indigo">
                  {tag} <span className="text-indigo-400 group-hover:text-indigo-700">×</span>
                </Badge>
              </button>
            </div>
          )}
          {loading && data && <span className="text-xs text-slate-400 sm:ml-auto">Updating…</span>}
        </div>
        {!data && loading && <LoadingState label="Loading projects…" />}
        {error && !data && <ErrorState error={error} onRetry={reload} />}
        {error && data && (
          <div className="p-4">
            <InlineError error={error} />
          </div>
        )}
        {data && data.content.length === 0 && (
          <EmptyState title={filtered ? 'No project matches' : 'No projects yet'} action={!filtered && canEdit ? <Button onClick={() => setCreating(true)}>Create the first project</Button> : undefined}>
            {filtered ? 'Try another name or remove the tag filter.' : 'Projects group the repositories, environments and versions of a service.'}
          </EmptyState>
        )}
        {data && data.content.length > 0 && (
          <>
            <Table label="Projects" narrowHidden={[2, 3, 4]} head={['Name', 'Tags', 'Owner', 'Resources', 'Updated', ...(canEdit ? [<span key="actions" className="sr-only">Actions</span>] : [])]}>
              {data.content.map((p) => (
                <tr key={p.id} className="hover:bg-slate-50">
                  <Td>
                    <Link to={paths.project(p.id)} className="font-medium text-indigo-700 hover:underline">
                      {p.name}
                    </Link>
                    {p.description && <p className="max-w-xs truncate text-xs text-slate-500">{p.description}</p>}
                  </Td>
                  <Td>
                    <div className="flex flex-wrap gap-1">
                      {p.tags.map((t) => (
                        <button key={t} type="button" onClick={() => update({ tag: t, page: null })} aria-label={`Filter by tag ${t}`}>
                          <Badge tone={t === tag ? 'indigo' : 'gray'}>{t}</Badge>
                        </button>
                      ))}
                    </div>
                  </Td>
                  <Td className={`whitespace-nowrap ${NARROW_HIDDEN}`}>{p.owner}</Td>
                  <Td className={`whitespace-nowrap text-xs text-slate-500 ${NARROW_HIDDEN}`}>
                    {count(p.repositories?.length, 'repo')} · {count(p.environments?.length, 'env')} · {count(p.versions?.length, 'version')}
                  </Td>
                  <Td className={`whitespace-nowrap text-xs text-slate-500 ${NARROW_HIDDEN}`}>{formatDateTime(p.updatedAt)}</Td>
                  {canEdit && (
                    <Td className="text-right whitespace-nowrap">
                      <Button variant="ghost" size="sm" onClick={() => setEditing(p)} aria-label={`Edit ${p.name}`}>
                        Edit
                      </Button>
                      {can.deleteProject(user, p) && (
                        <Button variant="ghostDanger" size="sm" onClick={() => setDeleting(p)} aria-label={`Delete ${p.name}`}>
                          Delete
                        </Button>
                      )}
                    </Td>
                  )}
                </tr>
              ))}
            </Table>
            <Pagination page={data.page.number} totalPages={data.page.totalPages} totalElements={data.page.totalElements} onPage={(n) => update({ page: n })} />
          </>
        )}
      </Card>

      <Modal title="New project" open={creating} onClose={() => setCreating(false)}>
        <ProjectForm
          submitLabel="Create project"
          onCancel={() => setCreating(false)}
          busy={create.isPending}
          error={create.error}
          onSubmit={(input) =>
            create.mutate(input, {
              onSuccess: (created) => {
                setCreating(false);
                navigate(paths.project(created.id));
              },
            })
          }
        />
      </Modal>
      <EditProjectDialog project={editing} version={edited?.version} onClose={() => setEditing(null)} />
      <DeleteProjectDialog project={deleting} onClose={() => setDeleting(null)} onDeleted={() => setDeleting(null)} />
    </>
  );
}

/**
 * Edits `project` (null: closed) in a dialog. `version` is the version of it last read, when that is newer than
 * the one `project` carries (after a 409 the caller reads it again); saving sends it.
 */
export function EditProjectDialog({ project, version, onClose }: { project: Project | null; version?: number; onClose: () => void }) {
  const update = useUpdateProject();
  const close = () => {
    update.reset();
    onClose();
  };
  return (
    <Modal title={`Edit ${project?.name ?? ''}`} open={!!project} onClose={close}>
      {project && (
        <ProjectForm
          initial={{ name: project.name, description: project.description ?? '', tags: project.tags }}
          submitLabel="Save changes"
          onCancel={close}
          busy={update.isPending}
          error={update.error}
          onSubmit={(input) => update.mutate({ ...input, id: project.id, version: version ?? project.version }, { onSuccess: close })}
        />
      )}
    </Modal>
  );
}

export function DeleteProjectDialog({ project, onClose, onDeleted }: { project: Project | null; onClose: () => void; onDeleted: () => void }) {
  const remove = useDeleteProject();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal
      title="Delete project"
      open={!!project}
      onClose={close}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button variant="danger" busy={remove.isPending} onClick={() => project && remove.mutate(project.id, { onSuccess: () => { remove.reset(); onDeleted(); } })}>
            Delete
          </Button>
        </>
      }
    >
      <div className="space-y-3">
        <InlineError error={remove.error} />
        <p className="text-sm text-slate-600">
          Delete <strong className="text-slate-900">{project?.name}</strong> with its repositories, environments and versions? This cannot be
          undone.
        </p>
      </div>
    </Modal>
  );
}
