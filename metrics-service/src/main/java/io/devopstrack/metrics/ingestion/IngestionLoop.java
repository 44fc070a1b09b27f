package io.devopstrack.metrics.ingestion;

import io.devopstrack.metrics.config.IngestionProperties;
import io.devopstrack.metrics.influx.InfluxPing;
import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.models.stream.ClaimedMessages;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The ingestion thread: reads pages of events, as {@link ReadSchedule} says, and submits them to the writers while
 * they have room. When a write fails for good it stops reading, pings
 * InfluxDB until it answers, then reads its own pending entries again from the start: nothing is lost, and
 * rewriting a point that did get stored changes nothing.
 */
final class IngestionLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(IngestionLoop.class);
    private static final long PAUSE_PROBE_MILLIS = 1_000;

    private final List<String> streams;
    private final Duration claimIdle;
    private final ConsumerGroup group;
    private final StreamReader reader;
    private final PageSubmitter pages;
    private final Writers writers;
    private final InfluxPing ping;
    private volatile boolean running = true;

    IngestionLoop(
            IngestionProperties properties,
            ConsumerGroup group,
            StreamReader reader,
            PageSubmitter pages,
            Writers writers,
            InfluxPing ping) {
        streams = properties.streams();
        claimIdle = properties.claimIdle();
        this.group = group;
        this.reader = reader;
        this.pages = pages;
        this.writers = writers;
        this.ping = ping;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        ReadSchedule schedule = new ReadSchedule(streams, claimIdle, System.currentTimeMillis());
        boolean groupsReady = false;
        while (running) {
            try {
                if (!groupsReady) {
                    streams.forEach(group::ensure);
                    groupsReady = true;
                }
                if (writers.anyFailed()) {
                    if (!ping.isUp()) {
                        Thread.sleep(PAUSE_PROBE_MILLIS);
                        continue;
                    }
                    log.info("InfluxDB answers again: re-reading unacknowledged events");
                    writers.restart();
                    schedule.replayPending();
                }
                if (!writers.awaitRoom(StreamReader.READ_BLOCK.toMillis())) {
                    continue;
                }
                switch (schedule.next(System.currentTimeMillis())) {
                    case REPLAY -> {
                        reader.dropPrefetchedPage();
                        List<StreamMessage<String, String>> page = reader.readOwnPending(schedule.replayFrom());
                        schedule.replayed(page);
                        pages.submit(page);
                    }
                    case CLAIM -> {
                        claimIdleEntries();
                        schedule.claimed(System.currentTimeMillis());
                    }
                    case READ -> pages.submit(reader.readNew());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RedisException e) {
                reader.forgetPrefetchedPage();
                if (String.valueOf(e.getMessage()).startsWith("NOGROUP")) {
                    groupsReady = false; // the stream was deleted: recreate it and the group
                }
                pauseAfterRedisFailure(e);
            } catch (DataAccessException e) {
                pauseAfterRedisFailure(e);
            } catch (RuntimeException e) {
                log.error("ingestion step failed, retrying", e);
                sleepQuietly(PAUSE_PROBE_MILLIS);
            }
        }
    }

    private void claimIdleEntries() {
        for (String stream : streams) {
            String cursor = "0-0";
            do {
                ClaimedMessages<String, String> claimed = reader.claimIdle(stream, claimIdle, cursor);
                if (!claimed.getMessages().isEmpty()) {
                    log.info(
                            "reclaimed {} idle entries of {}",
                            claimed.getMessages().size(),
                            stream);
                }
                pages.submit(claimed.getMessages());
                cursor = claimed.getId();
            } while (!"0-0".equals(cursor) && running);
        }
    }

    private static void pauseAfterRedisFailure(RuntimeException e) {
        log.warn("Redis unavailable for ingestion, retrying: {}", e.getMessage());
        sleepQuietly(PAUSE_PROBE_MILLIS);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
