package io.devopstrack.metrics.stats;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Flaky runs: the same change (project, pipeline, commit) run more than once with different outcomes. A commit
 * that failed and then succeeded on a retry (attempt > 1) is flaky as much as one that succeeded and later failed;
 * cancelled runs say nothing about the change and are not read.
 */
final class FlakyCalculator {

    static final int MAX_COMMITS = 200;

    private FlakyCalculator() {}

    /** Commits with at least one succeeded and one failed run, the most recently run first, at most 200. */
    static List<FlakyCommit> flaky(Collection<JobRun> runs) {
        Map<List<String>, List<JobRun>> byChange = runs.stream()
                .filter(run -> !run.commit().isEmpty())
                .collect(Collectors.groupingBy(run -> List.of(run.projectId(), run.pipeline(), run.commit())));
        return byChange.values().stream()
                .map(FlakyCalculator::summary)
                .filter(commit -> commit.succeeded() > 0 && commit.failed() > 0)
                .sorted(Comparator.comparing(FlakyCommit::lastSeenAt)
                        .reversed()
                        .thenComparing(FlakyCommit::projectId)
                        .thenComparing(FlakyCommit::commit))
                .limit(MAX_COMMITS)
                .toList();
    }

    private static FlakyCommit summary(List<JobRun> runs) {
        JobRun first = runs.get(0);
        long succeeded = runs.stream().filter(JobRun::succeeded).count();
        Instant last =
                runs.stream().map(JobRun::finishedAt).max(Instant::compareTo).orElseThrow();
        return new FlakyCommit(
                first.projectId(),
                first.pipeline(),
                first.commit(),
                runs.size(),
                succeeded,
                runs.size() - succeeded,
                last);
    }
}
