import { useCallback, useState } from 'react';
import { noErrors, toFormErrors, type FormErrors } from '../lib/problems';

/** Runs a form action, keeping busy state and the API's validation messages by field. */
export function useSubmit(fields: string[]) {
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const key = fields.join(',');
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setErrors(noErrors);
      try {
        await action();
        return true;
      } catch (e) {
        setErrors(toFormErrors(e, key.split(',')));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [key],
  );
  const reset = useCallback(() => setErrors(noErrors), []);
  return { errors, busy, run, reset };
}
