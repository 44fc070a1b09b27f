import { useQueries, useQueryClient } from '@tanstack/react-query';
import { projectFromLists, queries } from '../api/queries';

/**
 * Names for project ids: from a project list already in the cache when there is one, else read once
 * each (and kept for five minutes). An id that cannot be read shows as its first characters.
 */
export function useProjectNames(ids: string[]): (id: string) => string {
  const client = useQueryClient();
  const unique = [...new Set(ids.filter(Boolean))].sort();
  const results = useQueries({
    queries: unique.map((id) => ({
      ...queries.project(id),
      staleTime: 5 * 60_000,
      initialData: () => projectFromLists(client, id),
    })),
  });
  const names = new Map(unique.map((id, i) => [id, results[i].data?.name ?? (results[i].isError ? `${id.slice(0, 8)}…` : '…')]));
  return (id: string) => names.get(id) ?? '…';
}
