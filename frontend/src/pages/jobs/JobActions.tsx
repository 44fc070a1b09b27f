import { useCancelJob, useRetryJob } from '../../api/queries';
import { isFinal, type Job } from '../../api/types';
import { Button } from '../../components/ui';
import { errorMessage } from '../../components/ui/States';

/** Cancel for a job still queued or running, retry for a failed or cancelled one. */
export function JobActions({ job, onRetried, size = 'sm' }: {
  job: Job;
  onRetried: (job: Job) => void;
  size?: 'sm' | 'md';
}) {
  const cancel = useCancelJob();
  const retry = useRetryJob();
  const busy = cancel.isPending || retry.isPending;
  const error = cancel.error ?? retry.error;
  const canCancel = !isFinal(job.status);
  const canRetry = job.status === 'FAILED' || job.status === 'CANCELLED';
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <span className="inline-flex gap-1">
        {canCancel && (
          <Button size={size} variant="secondary" busy={busy} onClick={() => { retry.reset(); cancel.mutate(job.id); }} aria-label={`Cancel job ${job.id}`}>
            Cancel
          </Button>
        )}
        {canRetry && (
          <Button size={size} variant="secondary" busy={busy} onClick={() => { cancel.reset(); retry.mutate(job.id, { onSuccess: onRetried }); }} aria-label={`Retry job ${job.id}`}>
            Retry
          </Button>
        )}
      </span>
      {error && <span role="alert" className="max-w-[14rem] text-right text-xs text-rose-600">{errorMessage(error)}</span>}
    </span>
  );
}
