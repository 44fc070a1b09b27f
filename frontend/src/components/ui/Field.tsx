import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

const control =
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:outline-none disabled:bg-slate-50 disabled:text-slate-500';
const okRing = 'ring-slate-300 focus:ring-indigo-600';
const errRing = 'ring-rose-400 focus:ring-rose-500';

interface FieldShellProps {
  label: string;
  error?: string;
  hint?: ReactNode;
  children: (ids: { id: string; describedBy?: string; invalid: boolean }) => ReactNode;
  className?: string;
}

function FieldShell({ label, error, hint, children, className = '' }: FieldShellProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children({ id, describedBy, invalid: !!error })}
      {hint && !error && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-xs font-medium text-rose-600">
          {error}
        </p>
      )}
    </div>
  );
}

type Common = { label: string; error?: string; hint?: ReactNode; className?: string };

export function TextField({ label, error, hint, className, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className}>
      {({ id, describedBy, invalid }) => (
        <input id={id} aria-invalid={invalid || undefined} aria-describedby={describedBy} className={`${control} ${invalid ? errRing : okRing}`} {...input} />
      )}
    </FieldShell>
  );
}

export function TextArea({ label, error, hint, className, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className}>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} rows={3} aria-invalid={invalid || undefined} aria-describedby={describedBy} className={`${control} ${invalid ? errRing : okRing}`} {...input} />
      )}
    </FieldShell>
  );
}

export function SelectField({ label, error, hint, className, children, ...input }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className}>
      {({ id, describedBy, invalid }) => (
        <select id={id} aria-invalid={invalid || undefined} aria-describedby={describedBy} className={`${control} ${invalid ? errRing : okRing}`} {...input}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}

export function Checkbox({ label, ...input }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="inline-flex items-center gap-2 text-sm text-slate-700">
      <input type="checkbox" className="h-4 w-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-600" {...input} />
      {label}
    </label>
  );
}

/** Bare select for filter bars, labelled for screen readers. */
export function FilterSelect({ label, children, ...input }: { label: string } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select aria-label={label} className={`${control} ${okRing} sm:w-auto`} {...input}>
      {children}
    </select>
  );
}

export function SearchInput({ label, ...input }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="relative w-full sm:max-w-xs">
      <svg viewBox="0 0 20 20" fill="currentColor" className="pointer-events-none absolute top-2.5 left-3 h-4 w-4 text-slate-400" aria-hidden>
        <path fillRule="evenodd" d="M9 3.5a5.5 5.5 0 100 11 5.5 5.5 0 000-11zM2 9a7 7 0 1112.45 4.39l3.08 3.08a.75.75 0 11-1.06 1.06l-3.08-3.08A7 7 0 012 9z" clipRule="evenodd" />
      </svg>
      <input type="search" aria-label={label} className={`${control} ${okRing} pl-9`} {...input} />
    </div>
  );
}
