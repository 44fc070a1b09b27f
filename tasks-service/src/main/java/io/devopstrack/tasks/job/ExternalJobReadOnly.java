package io.devopstrack.tasks.job;

import io.devopstrack.jobs.Job;
import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

/** Cancel and retry of a run reported by a CI system: only that system can do it. */
public class ExternalJobReadOnly extends ApiException {

    public ExternalJobReadOnly(Job job, String action) {
        super(
                HttpStatus.CONFLICT,
                "Job is external",
                "Job " + job.id() + " is a " + job.source() + " run; it can only be " + action + " in " + job.source()
                        + ".");
    }
}
