import type { ReactNode } from 'react';
import { Button } from './Button';

/** Columns whose index is in `narrowHidden` are left out on phone-width screens (give their cells `NARROW_HIDDEN`). */
export const NARROW_HIDDEN = 'hidden md:table-cell';

export function Table({ head, children, label, narrowHidden = [] }: { head: ReactNode[]; children: ReactNode; label: string; narrowHidden?: number[] }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={label}>
        <thead className="bg-slate-50">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className={`px-4 py-2.5 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-slate-500 uppercase ${narrowHidden.includes(i) ? NARROW_HIDDEN : ''}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white">{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className = '', title }: { children?: ReactNode; className?: string; title?: string }) {
  return (
    <td title={title} className={`px-4 py-3 align-middle text-slate-700 ${className}`}>
      {children}
    </td>
  );
}

export function Pagination({ page, totalPages, totalElements, onPage }: {
  page: number;
  totalPages: number;
  totalElements: number;
  onPage: (page: number) => void;
}) {
  return (
    <nav className="flex items-center justify-between gap-2 border-t border-slate-100 px-4 py-3 text-sm text-slate-500" aria-label="Pagination">
      <span>
        {totalElements.toLocaleString()} {totalElements === 1 ? 'item' : 'items'} · page {totalPages === 0 ? 0 : page + 1} of {totalPages}
      </span>
      <div className="flex gap-2">
        <Button variant="secondary" size="sm" disabled={page <= 0} onClick={() => onPage(page - 1)}>
          Previous
        </Button>
        <Button variant="secondary" size="sm" disabled={page + 1 >= totalPages} onClick={() => onPage(page + 1)}>
          Next
        </Button>
      </div>
    </nav>
  );
}
