import { useState, type FormEvent } from 'react';
import type { ProjectInput } from '../../api/types';
import { Button, InlineError, TextArea, TextField } from '../../components/ui';
import { toFormErrors } from '../../lib/problems';

export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

/** The fields of a project; `busy` and `error` come from the mutation that `onSubmit` starts. */
export function ProjectForm({ initial, submitLabel, onSubmit, busy = false, error = null, onCancel }: {
  initial?: Partial<ProjectInput>;
  submitLabel: string;
  onSubmit: (input: ProjectInput) => void;
  busy?: boolean;
  error?: unknown;
  onCancel?: () => void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [tags, setTags] = useState((initial?.tags ?? []).join(', '));
  const errors = toFormErrors(error, ['name', 'description', 'tags']);

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit({ name: name.trim(), description: description.trim(), tags: parseTags(tags) });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate aria-label={submitLabel}>
      <InlineError error={errors.form} />
      <TextField label="Name" name="name" value={name} onChange={(e) => setName(e.target.value)} error={errors.fields.name} placeholder="payments-api" />
      <TextArea label="Description" name="description" value={description} onChange={(e) => setDescription(e.target.value)} error={errors.fields.description} />
      <TextField label="Tags" name="tags" value={tags} onChange={(e) => setTags(e.target.value)} error={errors.fields.tags} hint="Comma separated, e.g. backend, java" />
      <div className="flex justify-end gap-2 pt-2">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
