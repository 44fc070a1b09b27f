import { useState } from 'react';
import { tasksApi } from '../../api/endpoints';
import { isFinal, type Job } from '../../api/types';
import { Button } from '../../components/ui';
import { errorMessage } from '../../components/ui/States';

/** Cancel for a job still queued or running, retry for a failed or cancelled one. */
export function JobActions({ job, onChanged, onRetried, size = 'sm' }: {
  job: Job;
  onChanged: (job: Job) => void;
  onRetried: (job: Job) => void;
  size?: 'sm' | 'md';
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const canCancel = !isFinal(job.status);
  const canRetry = job.status === 'FAILED' || job.status === 'CANCELLED';
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <span className="inline-flex gap-1">
        {canCancel && (
          <Button size={size} variant="secondary" busy={busy} onClick={() => act(async () => onChanged(await tasksApi.cancel(job.id)))} aria-label={`Cancel job ${job.id}`}>
            Cancel
          </Button>
        )}
        {canRetry && (
          <Button size={size} variant="secondary" busy={busy} onClick={() => act(async () => onRetried(await tasksApi.retry(job.id)))} aria-label={`Retry job ${job.id}`}>
            Retry
          </Button>
        )}
      </span>
      {error && <span role="alert" className="max-w-[14rem] text-right text-xs text-rose-600">{error}</span>}
    </span>
  );
}
