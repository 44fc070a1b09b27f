package io.devopstrack.worker.job;

/** This runner no longer holds the job's lease: another one has taken it over, so this one stops. */
public class LeaseLost extends RuntimeException {

    public LeaseLost(String jobId) {
        super("lease of job " + jobId + " lost");
    }
}
