package io.devopstrack.tasks.external;

import io.devopstrack.events.ExternalRunEvent;
import io.devopstrack.jobs.Job;

/** The descriptive fields of an external run (ref, links, pipeline, commit, who triggered it), merged from its events. */
final class RunDetails {

    private RunDetails() {}

    /** Fills what the job does not know yet; with {@code overwrite}, the event's values win (a newer run state). */
    static Job fill(Job job, ExternalRunEvent event, boolean overwrite) {
        boolean run = event.kind() == ExternalRunEvent.Kind.RUN;
        String url = run ? event.externalUrl() : null;
        String by = run ? event.triggeredBy() : null;
        return new Job(
                job.id(),
                job.projectId(),
                pick(job.ref(), event.run().ref(), overwrite),
                job.status(),
                job.attempt(),
                job.retryOf(),
                job.stages(),
                job.createdAt(),
                job.startedAt(),
                job.finishedAt(),
                Known.first(job.createdBy(), by),
                false,
                job.updatedAt(),
                job.version(),
                job.source(),
                job.externalId(),
                pick(job.externalUrl(), url, overwrite),
                pick(job.pipeline(), event.run().pipeline(), overwrite),
                pick(job.commit(), event.run().commit(), overwrite),
                pick(job.triggeredBy(), by, overwrite),
                job.sourceUpdatedAt());
    }

    private static <T> T pick(T stored, T incoming, boolean overwrite) {
        return overwrite ? Known.first(incoming, stored) : Known.first(stored, incoming);
    }
}
