import { useState } from 'react';
import { Button } from './Button';

/** Copies a value to the clipboard and says so for a moment; `label` names what is copied (for screen readers). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <Button size="sm" variant="secondary" aria-label={`Copy ${label}`} onClick={() => void copy()}>
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Select and copy' : 'Copy'}
    </Button>
  );
}

/** A value to paste elsewhere (a URL, a secret), in a monospace box with its copy button. */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <p className="mb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</p>
      <div className="flex items-center gap-2">
        <code data-testid={testId} className="min-w-0 flex-1 overflow-x-auto rounded-md bg-slate-50 px-2.5 py-1.5 font-mono text-xs whitespace-nowrap text-slate-800 ring-1 ring-slate-200 ring-inset">
          {value}
        </code>
        <CopyButton value={value} label={label.toLowerCase()} />
      </div>
    </div>
  );
}
