package io.devopstrack.metrics.stats;

/**
 * Jobs finished in the range. {@code successRate} = succeeded / (total − cancelled), null when no job counts;
 * the percentiles (duration; queue time = created → started) are over succeeded and failed jobs, null when there is
 * none.
 */
public record Summary(
        long total,
        long succeeded,
        long failed,
        long cancelled,
        Double successRate,
        Long durationP50Ms,
        Long durationP95Ms,
        Long queueP50Ms,
        Long queueP95Ms) {}
