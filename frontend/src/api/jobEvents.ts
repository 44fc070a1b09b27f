import type { Job, Page } from './types';

export interface JobFilters {
  projectId?: string;
  status?: string;
  source?: string;
}

const matches = (job: Job, f: JobFilters) =>
  (!f.projectId || job.projectId === f.projectId) && (!f.status || job.status === f.status) && (!f.source || (job.source ?? 'simulated') === f.source);

/**
 * Whether `a` is a later state of the same job than `b`: by the job's write counter (`version`), else by
 * `updatedAt`; without either, the one that arrived last wins.
 */
export function isNewer(a: Job, b: Job): boolean {
  if (a.version != null && b.version != null) return a.version > b.version;
  if (a.updatedAt && b.updatedAt) return a.updatedAt > b.updatedAt;
  return false;
}

/**
 * Folds one live `job` event into the page on screen: a job already shown is replaced in place (unless
 * the page already holds a later state of it); a job not shown yet appears on top of the first page when
 * it matches the filters.
 */
export function applyJobEvent(page: Page<Job>, job: Job, filters: JobFilters): Page<Job> {
  const index = page.content.findIndex((j) => j.id === job.id);
  if (index >= 0) {
    if (isNewer(page.content[index], job)) return page;
    const content = page.content.slice();
    content[index] = job;
    return { ...page, content };
  }
  if (page.page.number !== 0 || !matches(job, filters)) return page;
  const content = [job, ...page.content].slice(0, page.page.size || page.content.length + 1);
  const totalElements = page.page.totalElements + 1;
  const totalPages = Math.max(1, Math.ceil(totalElements / (page.page.size || totalElements)));
  return { content, page: { ...page.page, totalElements, totalPages } };
}

/**
 * A page read again while events kept arriving may be older than what they said: keep, job by job, the
 * later state (used as the jobs queries' structural sharing).
 */
export function keepNewerJobs(previous: Page<Job> | undefined, next: Page<Job>): Page<Job> {
  if (!previous) return next;
  const known = new Map(previous.content.map((j) => [j.id, j]));
  let changed = false;
  const content = next.content.map((j) => {
    const seen = known.get(j.id);
    if (seen && isNewer(seen, j)) {
      changed = true;
      return seen;
    }
    return j;
  });
  return changed ? { ...next, content } : next;
}
