import type { Job, Page } from '../../api/types';

export interface JobFilters {
  projectId?: string;
  status?: string;
}

const matches = (job: Job, f: JobFilters) => (!f.projectId || job.projectId === f.projectId) && (!f.status || job.status === f.status);

/**
 * Folds one live `job` event into the page on screen: a job already shown is replaced in place; a job
 * not shown yet appears on top of the first page when it matches the filters.
 */
export function applyJobEvent(page: Page<Job>, job: Job, filters: JobFilters): Page<Job> {
  const index = page.content.findIndex((j) => j.id === job.id);
  if (index >= 0) {
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
