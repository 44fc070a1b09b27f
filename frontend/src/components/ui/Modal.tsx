import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button';

/**
 * A modal dialog on the native <dialog> opened with showModal(): the browser makes the rest of the page
 * inert (focus stays inside) and Escape asks to close it. Focus goes to the first field on opening and
 * back to where it was on closing. Clicking the backdrop closes it too.
 */
export function Modal({ title, open, onClose, children, footer }: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The latest onClose, without re-running the opening effect (and moving focus) on every render.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const element = dialog.current;
    if (!open || !element) return;
    const previous = document.activeElement as HTMLElement | null;
    if (!element.open) element.showModal();
    element.querySelector<HTMLElement>('input, select, textarea, button:not([data-close])')?.focus();
    return () => {
      if (element.open) element.close();
      previous?.focus?.();
    };
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close.current();
      }}
      onClick={(e) => e.target === dialog.current && close.current()}
      className="mx-auto mt-auto mb-0 max-h-[90vh] w-full max-w-full overflow-y-auto rounded-t-xl bg-white p-0 shadow-xl backdrop:bg-slate-900/40 sm:my-auto sm:max-w-lg sm:rounded-xl"
    >
      <div className="flex items-center justify-between border-b border-slate-100 px-5 py-4">
        <h2 id={titleId} className="text-base font-semibold text-slate-900">{title}</h2>
        <button data-close type="button" onClick={() => close.current()} className="rounded p-1 text-slate-400 hover:text-slate-600" aria-label="Close">
          <svg viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5" aria-hidden><path d="M6.28 5.22a.75.75 0 00-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 101.06 1.06L10 11.06l3.72 3.72a.75.75 0 101.06-1.06L11.06 10l3.72-3.72a.75.75 0 00-1.06-1.06L10 8.94 6.28 5.22z" /></svg>
        </button>
      </div>
      <div className="px-5 py-4">{children}</div>
      {footer && <div className="flex justify-end gap-2 border-t border-slate-100 bg-slate-50 px-5 py-3">{footer}</div>}
    </dialog>
  );
}

/** The buttons under a dialog's form: Cancel, then the submit button, busy while the request runs. */
export function FormActions({ onCancel, busy, disabled, children }: {
  onCancel: () => void;
  busy: boolean;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="flex justify-end gap-2">
      <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      <Button type="submit" busy={busy} disabled={disabled}>{children}</Button>
    </div>
  );
}
