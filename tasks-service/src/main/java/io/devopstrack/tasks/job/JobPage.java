package io.devopstrack.tasks.job;

import io.devopstrack.jobs.Job;
import java.util.List;

/** Spring Data's stable page form: {@code {content, page: {size, number, totalElements, totalPages}}}. */
public record JobPage(List<Job> content, PageMetadata page) {

    public record PageMetadata(long size, long number, long totalElements, long totalPages) { }

    static JobPage of(List<Job> content, int number, int size, long total) {
        return new JobPage(content, new PageMetadata(size, number, total, (total + size - 1) / size));
    }
}
