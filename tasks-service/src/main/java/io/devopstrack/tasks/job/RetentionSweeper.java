package io.devopstrack.tasks.job;

import io.devopstrack.tasks.config.TasksProperties;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes finished jobs older than JOB_RETENTION_DAYS. Safe on several replicas: the purge is one script. */
@Component
public record RetentionSweeper(JobStore store, Clock clock, TasksProperties properties) {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweeper.class);
    private static final int BATCH = 500;

    @Scheduled(fixedDelayString = "${devopstrack.retention-sweep-ms:600000}", initialDelay = 60_000)
    void sweep() {
        Duration retention = Duration.ofDays(properties.retentionDays());
        try {
            long purged;
            do {
                purged = store.purgeFinishedBefore(clock.instant().minus(retention), BATCH);
                if (purged > 0) {
                    log.info("Deleted {} jobs finished more than {} days ago", purged, retention.toDays());
                }
            } while (purged == BATCH);
        } catch (RuntimeException e) {
            log.warn("Retention sweep skipped: {}", e.getClass().getSimpleName());
        }
    }
}
