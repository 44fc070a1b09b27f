import { useMemo, useState, type FormEvent } from 'react';
import { newIdempotencyKey } from '../../api/client';
import { useStartJob } from '../../api/queries';
import type { Job } from '../../api/types';
import { ProjectSelect } from '../../components/ProjectSelect';
import { FormActions, InlineError, Modal, TextField } from '../../components/ui';
import { toFormErrors } from '../../lib/problems';

export const DEFAULT_STAGES = ['checkout', 'build', 'test', 'package', 'deploy'];

/** With `projectId` the project is fixed; without it the user picks one (preselected: `initialProjectId`). */
export function StartJobDialog({ open, projectId, initialProjectId, onClose, onStarted }: {
  open: boolean;
  projectId?: string;
  initialProjectId?: string;
  onClose: () => void;
  onStarted: (job: Job) => void;
}) {
  const [selected, setSelected] = useState(projectId ?? initialProjectId ?? '');
  const [ref, setRef] = useState('main');
  const [stages, setStages] = useState(DEFAULT_STAGES.join(', '));
  const start = useStartJob();
  const errors = toFormErrors(start.error, ['projectId', 'ref', 'stages']);
  const busy = start.isPending;
  const chosen = projectId ?? selected;
  // One key per start: kept while the form is unchanged, so that clicking again after a 503 (the job may have been
  // stored all the same) answers that job instead of starting a second one.
  const key = useMemo(() => newIdempotencyKey(), [open, chosen, ref, stages]); // eslint-disable-line react-hooks/exhaustive-deps

  function submit(e: FormEvent) {
    e.preventDefault();
    const list = stages.split(',').map((s) => s.trim()).filter(Boolean);
    start.mutate({ projectId: chosen, ref: ref.trim(), stages: list.length ? list : undefined, key }, { onSuccess: onStarted });
  }

  return (
    <Modal title="Run pipeline" open={open} onClose={onClose}>
      <form onSubmit={submit} className="space-y-4" noValidate aria-label="Run pipeline">
        <InlineError error={errors.form} />
        {!projectId && (
          <div>
            <p className="mb-1 text-sm font-medium text-slate-700" aria-hidden>Project</p>
            <ProjectSelect label="Project" emptyLabel="Choose a project…" value={selected} onChange={setSelected} />
            {errors.fields.projectId && <p className="mt-1 text-xs font-medium text-rose-600">{errors.fields.projectId}</p>}
          </div>
        )}
        <TextField label="Ref" value={ref} onChange={(e) => setRef(e.target.value)} error={errors.fields.ref} hint="Branch, tag or commit" />
        <TextField label="Stages" value={stages} onChange={(e) => setStages(e.target.value)} error={errors.fields.stages} hint="Comma separated, run in order" />
        <FormActions onCancel={onClose} busy={busy} disabled={!chosen}>Start job</FormActions>
      </form>
    </Modal>
  );
}
