package io.devopstrack.metrics.ingestion;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes {@code devopstrack_ingestion_pending_events} (undelivered plus unacknowledged entries, all streams) and
 * {@code devopstrack_ingestion_lag_seconds} (age of the oldest of them, from its entry id; 0 when there is none).
 */
final class BacklogGauges implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(BacklogGauges.class);

    private final ConsumerGroup group;
    private final List<String> streams;
    private final IngestionMetrics metrics;

    BacklogGauges(ConsumerGroup group, List<String> streams, IngestionMetrics metrics) {
        this.group = group;
        this.streams = streams;
        this.metrics = metrics;
    }

    @Override
    public void run() {
        try {
            long events = 0;
            String oldest = null;
            for (String stream : streams) {
                ConsumerGroup.Backlog backlog = group.backlog(stream);
                events += backlog.events();
                if (backlog.oldestId() != null && (oldest == null || idMillis(backlog.oldestId()) < idMillis(oldest))) {
                    oldest = backlog.oldestId();
                }
            }
            long age = oldest == null ? 0 : Math.max(0, System.currentTimeMillis() - idMillis(oldest));
            metrics.backlog(events, age);
        } catch (RuntimeException e) {
            log.debug("could not refresh the ingestion backlog gauges: {}", e.getMessage());
        }
    }

    private static long idMillis(String streamId) {
        return Long.parseLong(streamId.substring(0, streamId.indexOf('-')));
    }
}
