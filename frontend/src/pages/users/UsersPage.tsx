import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { queries, useCreateUser, useDeleteUser, useUpdateUser } from '../../api/queries';
import { ROLES, type Role, type User } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { Badge, Button, Card, Checkbox, EmptyState, ErrorState, FormActions, InlineError, LoadingState, Modal, PageHeader, Pagination, Table, Td, TextField } from '../../components/ui';
import { errorMessage } from '../../components/ui/States';
import { formatDateTime } from '../../lib/format';
import { toFormErrors } from '../../lib/problems';

const roleTone = { ADMIN: 'violet', MAINTAINER: 'indigo', VIEWER: 'gray' } as const;
const roleHelp: Record<Role, string> = {
  ADMIN: 'Everything, including users',
  MAINTAINER: 'Edit projects, run jobs',
  VIEWER: 'Read only',
};

function RolePicker({ value, onChange, error }: { value: Role[]; onChange: (roles: Role[]) => void; error?: string }) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium text-slate-700">Roles</legend>
      <div className="space-y-1.5">
        {ROLES.map((r) => (
          <div key={r} className="flex items-center justify-between gap-2">
            <Checkbox label={r} checked={value.includes(r)} onChange={(e) => onChange(e.target.checked ? [...value, r] : value.filter((x) => x !== r))} />
            <span className="text-xs text-slate-500">{roleHelp[r]}</span>
          </div>
        ))}
      </div>
      {error && <p className="mt-1 text-xs font-medium text-rose-600">{error}</p>}
    </fieldset>
  );
}

function CreateUserDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>(['VIEWER']);
  const create = useCreateUser();
  const errors = toFormErrors(create.error, ['username', 'password', 'roles']);
  const close = () => {
    create.reset();
    onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { username: username.trim(), password, roles },
      {
        onSuccess: () => {
          setUsername('');
          setPassword('');
          setRoles(['VIEWER']);
          create.reset();
          onCreated();
        },
      },
    );
  };
  return (
    <Modal title="New user" open={open} onClose={close}>
      <form onSubmit={submit} className="space-y-4" noValidate aria-label="New user">
        <InlineError error={errors.form} />
        <TextField label="Username" autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} error={errors.fields.username} />
        <TextField label="Password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} error={errors.fields.password} />
        <RolePicker value={roles} onChange={setRoles} error={errors.fields.roles} />
        <FormActions onCancel={close} busy={create.isPending}>Create user</FormActions>
      </form>
    </Modal>
  );
}

function EditRolesDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const update = useUpdateUser();
  const errors = toFormErrors(update.error, ['roles']);
  return (
    <Modal title={`Roles of ${user.username}`} open onClose={onClose}>
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ id: user.id, roles }, { onSuccess: onClose });
        }}
      >
        <InlineError error={errors.form} />
        <RolePicker value={roles} onChange={setRoles} error={errors.fields.roles} />
        <FormActions onCancel={onClose} busy={update.isPending}>Save roles</FormActions>
      </form>
    </Modal>
  );
}

function DeleteUserDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const remove = useDeleteUser();
  return (
    <Modal
      title="Delete user"
      open
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>Cancel</Button>
          <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate(user.id, { onSuccess: onClose })}>Delete</Button>
        </>
      }
    >
      <div className="space-y-3">
        <InlineError error={remove.error} />
        <p className="text-sm text-slate-600">
          Delete <strong className="text-slate-900">{user.username}</strong>? They can no longer sign in, and their sessions end. This cannot be undone.
        </p>
      </div>
    </Modal>
  );
}

function EnableToggle({ user, self }: { user: User; self: boolean }) {
  const update = useUpdateUser();
  return (
    <>
      <Button
        size="sm"
        variant={user.enabled ? 'ghostDanger' : 'ghost'}
        busy={update.isPending}
        disabled={self}
        title={self ? 'You cannot disable yourself' : undefined}
        aria-label={`${user.enabled ? 'Disable' : 'Enable'} ${user.username}`}
        onClick={() => update.mutate({ id: user.id, enabled: !user.enabled })}
      >
        {user.enabled ? 'Disable' : 'Enable'}
      </Button>
      {update.isError && <span role="alert" className="text-xs text-rose-600">{errorMessage(update.error)}</span>}
    </>
  );
}

export default function UsersPage() {
  const { user: me } = useAuth();
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [deleting, setDeleting] = useState<User | null>(null);
  const { data, error, isPending, refetch } = useQuery(queries.users(page, 20));

  return (
    <>
      <PageHeader title="Users" subtitle="Who can sign in, and what each person may do." actions={<Button onClick={() => setCreating(true)}>New user</Button>} />
      <Card padded={false}>
        {isPending && <LoadingState label="Loading users…" />}
        {!data && error && <ErrorState error={error} onRetry={() => void refetch()} />}
        {data && data.content.length === 0 && <EmptyState title="No users" />}
        {data && data.content.length > 0 && (
          <>
            <Table label="Users" head={['User', 'Roles', 'Status', 'Created', <span key="actions" className="sr-only">Actions</span>]}>
              {data.content.map((u) => (
                <tr key={u.id} data-user={u.username}>
                  <Td className="font-medium text-slate-900">
                    {u.username} {u.id === me?.id && <span className="text-xs font-normal text-slate-400">(you)</span>}
                  </Td>
                  <Td><div className="flex flex-wrap gap-1">{u.roles.map((r) => <Badge key={r} tone={roleTone[r] ?? 'gray'}>{r}</Badge>)}</div></Td>
                  <Td>{u.enabled ? <Badge tone="green">Active</Badge> : <Badge tone="red">Disabled</Badge>}</Td>
                  <Td className="whitespace-nowrap text-xs text-slate-500">{formatDateTime(u.createdAt)}</Td>
                  <Td className="text-right whitespace-nowrap">
                    <Button size="sm" variant="ghost" onClick={() => setEditing(u)} aria-label={`Change roles of ${u.username}`}>Roles</Button>
                    <EnableToggle user={u} self={u.id === me?.id} />
                    {u.id !== me?.id && (
                      <Button size="sm" variant="ghostDanger" onClick={() => setDeleting(u)} aria-label={`Delete ${u.username}`}>Delete</Button>
                    )}
                  </Td>
                </tr>
              ))}
            </Table>
            <Pagination page={data.page.number} totalPages={data.page.totalPages} totalElements={data.page.totalElements} onPage={setPage} />
          </>
        )}
      </Card>
      <CreateUserDialog open={creating} onClose={() => setCreating(false)} onCreated={() => setCreating(false)} />
      {editing && <EditRolesDialog user={editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteUserDialog user={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
