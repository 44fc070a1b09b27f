import { ApiError } from '../api/client';
import { errorMessage } from '../components/ui/States';

export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

export const noErrors: FormErrors = { fields: {}, form: null };

/**
 * Splits an API failure into messages for named fields (the problem document's `errors`, keyed by the
 * field's root name so that `tags[0]` lands on `tags`) and one message for the form.
 */
export function toFormErrors(error: unknown, knownFields: string[]): FormErrors {
  if (!error) return noErrors;
  if (!(error instanceof ApiError)) return { fields: {}, form: errorMessage(error) };
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const e of error.problem?.errors ?? []) {
    const root = e.field.split(/[.[]/)[0];
    if (knownFields.includes(root)) fields[root] ??= e.message;
    else unplaced.push(`${e.field}: ${e.message}`);
  }
  let form: string | null = null;
  if (unplaced.length) form = unplaced.join('; ');
  else if (Object.keys(fields).length === 0) {
    form = error.status === 409 ? error.problem?.detail || 'This conflicts with existing data.' : errorMessage(error);
  }
  return { fields, form };
}
