package io.devopstrack.tasks.external;

import io.devopstrack.events.ExternalRunEvent;
import io.devopstrack.events.InvalidEvent;
import io.devopstrack.jobs.redis.ConsumerLoop;
import io.devopstrack.jobs.redis.ConsumerNames;
import io.devopstrack.jobs.redis.GroupReader;
import io.devopstrack.jobs.redis.StreamEntry;
import io.devopstrack.platform.lifecycle.BackgroundWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One thread that turns the run events of {@code devopstrack:external-runs} into jobs, as a member of the consumer
 * group {@code tasks-service} (several replicas share the work). An entry is acknowledged only after its job is
 * saved; one whose consumer died stays pending and is taken over (XAUTOCLAIM) once idle for {@code reclaim-idle},
 * so a restart loses nothing, and applying an event twice changes nothing. Redis errors never end the thread: it
 * backs off (100 ms doubling to 5 s) and tries again, creating the group again if Redis lost it. Started as
 * {@link BackgroundWork}.
 */
@Component
public record ExternalRunsConsumer(ExternalRunsStream stream, ExternalRuns runs, ExternalRunsProperties properties)
        implements BackgroundWork.Starter {

    private static final Logger log = LoggerFactory.getLogger(ExternalRunsConsumer.class);

    @Override
    public BackgroundWork.Running start() {
        String consumer = ConsumerNames.orUnique(properties.consumerName());
        GroupReader reader = stream.reader(consumer, properties.reclaimIdle());
        ConsumerLoop loop = new ConsumerLoop("Run events", reader, () -> handle(reader.next(properties.batchSize())));
        loop.startThread("external-runs");
        log.info("Consumer {} takes run events from {}", consumer, stream.key());
        return () -> {
            loop.stop();
            loop.awaitStop(GroupReader.BLOCK.multipliedBy(3));
        };
    }

    /**
     * Applies the entries in order as one batch, then acknowledges them all. When the batch fails, they are applied
     * one by one, each acknowledged once done, so that one entry that cannot be applied holds up no other (it stays
     * pending, and is taken over again once idle for {@code reclaim-idle}).
     */
    private void handle(List<StreamEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            runs.applyAll(
                    entries.stream().map(this::event).filter(Objects::nonNull).toList());
        } catch (RuntimeException e) {
            log.debug("Run events applied one by one after the batch failed", e);
            handleOneByOne(entries);
            return;
        }
        stream.done(entries.stream().map(StreamEntry::id).toList());
    }

    private void handleOneByOne(List<StreamEntry> entries) {
        List<String> done = new ArrayList<>(entries.size());
        try {
            for (StreamEntry entry : entries) {
                ExternalRunEvent event = event(entry);
                if (event != null) {
                    runs.apply(event);
                }
                done.add(entry.id());
            }
        } finally {
            if (!done.isEmpty()) {
                stream.done(done);
            }
        }
    }

    /** The entry's event; null for an entry deleted while pending, or one that can never be a job (logged). */
    private ExternalRunEvent event(StreamEntry entry) {
        if (entry.fields().isEmpty()) {
            return null;
        }
        try {
            return ExternalRunEvent.from(entry.fields());
        } catch (InvalidEvent e) {
            log.warn("Run event {} skipped: {}", entry.id(), e.getMessage());
            return null;
        }
    }
}
