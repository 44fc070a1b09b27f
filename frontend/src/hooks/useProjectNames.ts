import { useEffect, useState } from 'react';
import { projectsApi } from '../api/endpoints';

const cache = new Map<string, string>();
const pending = new Set<string>();

export function rememberProjectNames(projects: { id: string; name: string }[]) {
  projects.forEach((p) => cache.set(p.id, p.name));
}

/** Names for project ids, fetched once each and kept for the session. */
export function useProjectNames(ids: string[]): (id: string) => string {
  const [, setVersion] = useState(0);
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    const missing = key.split(',').filter((id) => id && !cache.has(id) && !pending.has(id));
    if (missing.length === 0) return;
    let active = true;
    missing.forEach((id) => pending.add(id));
    Promise.allSettled(
      missing.map((id) =>
        projectsApi.get(id).then(
          (p) => cache.set(id, p.name),
          () => cache.set(id, `${id.slice(0, 8)}…`),
        ),
      ),
    ).finally(() => {
      missing.forEach((id) => pending.delete(id));
      if (active) setVersion((v) => v + 1);
    });
    return () => {
      active = false;
    };
  }, [key]);
  return (id: string) => cache.get(id) ?? '…';
}
