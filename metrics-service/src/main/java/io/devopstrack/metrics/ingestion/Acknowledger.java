package io.devopstrack.metrics.ingestion;

import io.lettuce.core.RedisException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XACKs stream entries whose points InfluxDB accepted (or that can never become one), without waiting for the
 * reply, so that the writer thread goes on with the next batch. An acknowledgement that does not arrive leaves its
 * entries pending: the periodic reclaim hands them back, and rewriting their points is harmless.
 */
final class Acknowledger {

    private static final Logger log = LoggerFactory.getLogger(Acknowledger.class);

    private final StreamConnections connections;
    private final String group;
    private final List<String> streams;

    Acknowledger(StreamConnections connections, String group, List<String> streams) {
        this.connections = connections;
        this.group = group;
        this.streams = streams;
    }

    void acknowledge(List<EntryRef> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            for (String stream : streams) {
                acknowledge(stream, ids(entries, stream));
            }
        } catch (RedisException e) {
            log.warn("could not acknowledge {} stored events: {}", entries.size(), e.getMessage());
        }
    }

    private void acknowledge(String stream, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        connections
                .command()
                .async()
                .xack(stream, group, ids.toArray(String[]::new))
                .whenComplete((acknowledged, failure) -> {
                    if (failure != null) {
                        log.warn(
                                "could not acknowledge {} stored events of {}: {}",
                                ids.size(),
                                stream,
                                failure.toString());
                    }
                });
    }

    static List<String> ids(List<EntryRef> entries, String stream) {
        List<String> ids = new ArrayList<>();
        for (EntryRef entry : entries) {
            if (entry.stream().equals(stream)) {
                ids.add(entry.id());
            }
        }
        return ids;
    }
}
