import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queries } from '../api/queries';
import { useDebounced } from '../hooks/useDebounced';
import { useProjectNames } from '../hooks/useProjectNames';

const control =
  'block rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-indigo-600 focus:outline-none';

/**
 * A project chooser that scales to thousands of projects: the list holds the first 100 names matching
 * what is typed in the search box beside it.
 */
export function ProjectSelect({ label, value, onChange, emptyLabel, className = '' }: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  emptyLabel: string;
  className?: string;
}) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const { data } = useQuery(queries.projects({ q: q || undefined, size: 100 }));
  const nameOf = useProjectNames(value ? [value] : []);
  const options = data?.content ?? [];
  const more = data ? data.page.totalElements - options.length : 0;
  return (
    <div className={`flex min-w-0 gap-2 ${className}`}>
      <input type="search" aria-label={`Search ${label.toLowerCase()}`} placeholder="Find…" value={search} onChange={(e) => setSearch(e.target.value)} className={`${control} w-24 shrink-0 sm:w-28`} />
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} className={`${control} w-full min-w-0 sm:w-56`}>
        <option value="">{emptyLabel}</option>
        {value && !options.some((p) => p.id === value) && <option value={value}>{nameOf(value)}</option>}
        {options.map((p) => (
          <option key={p.id} value={p.id}>{p.name}</option>
        ))}
        {more > 0 && <option disabled>… {more} more: refine the search</option>}
      </select>
    </div>
  );
}
