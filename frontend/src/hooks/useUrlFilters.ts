import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

export type FilterChanges = Record<string, string | number | null>;

/**
 * A page's filters, kept in the address so that a view can be shared. `update` applies changes in place of
 * the current history entry; a filter set to null, '' or 0 (its default) leaves the address.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: FilterChanges) => {
      const next = new URLSearchParams(params);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === '' || v === 0) next.delete(k);
        else next.set(k, String(v));
      }
      setParams(next, { replace: true });
    },
    [params, setParams],
  );
  return [params, update] as const;
}
