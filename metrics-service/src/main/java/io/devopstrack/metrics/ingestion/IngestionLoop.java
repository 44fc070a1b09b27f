package io.devopstrack.metrics.ingestion;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.influxdb.client.InfluxDBClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.models.stream.ClaimedMessages;

import io.devopstrack.metrics.config.InfluxProperties;
import io.devopstrack.metrics.config.IngestionProperties;
import io.devopstrack.metrics.influx.InfluxPing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads execution and deployment events from their Redis streams as consumer group {@code metrics-service}, hands
 * them to the batching writer, and acknowledges each entry only once InfluxDB accepted its point. When a write
 * fails for good the loop stops reading, pings InfluxDB until it answers, then reads its own pending entries again
 * from the start: nothing is lost, and rewriting a point that did get stored changes nothing.
 */
@Component
@ConditionalOnBooleanProperty(name = "devopstrack.ingestion.enabled", matchIfMissing = true)
public class IngestionLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IngestionLoop.class);
    private static final Duration READ_BLOCK = Duration.ofMillis(500);
    private static final long PAUSE_PROBE_MILLIS = 1_000;

    private final InfluxDBClient influx;
    private final InfluxProperties influxProperties;
    private final IngestionProperties properties;
    private final LettuceConnectionFactory redisFactory;
    private final StringRedisTemplate redisTemplate;
    private final InfluxPing ping;
    private final IngestionMetrics metrics;
    private final List<String> streams;
    private final Map<String, String> replayCursors = new LinkedHashMap<>();

    private CompletableFuture<List<StreamMessage<String, String>>> nextPage;
    private volatile boolean running;
    private Thread thread;
    private ScheduledExecutorService housekeeping;
    private RedisStreams redis;
    private List<PointWriter> writers;
    private int nextWriter;

    public IngestionLoop(InfluxDBClient influx, InfluxProperties influxProperties, IngestionProperties properties,
                         LettuceConnectionFactory redisFactory, StringRedisTemplate redisTemplate, InfluxPing ping,
                         IngestionMetrics metrics) {
        this.influx = influx;
        this.influxProperties = influxProperties;
        this.properties = properties;
        this.redisFactory = redisFactory;
        this.redisTemplate = redisTemplate;
        this.ping = ping;
        this.metrics = metrics;
        this.streams = List.of(properties.executionsStream(), properties.deploymentsStream());
    }

    @Override
    public void start() {
        String consumer = properties.consumer().isBlank() ? defaultConsumerName() : properties.consumer();
        redis = new RedisStreams(redisFactory, redisTemplate, properties.group(), consumer);
        writers = new ArrayList<>();
        for (int i = 1; i <= properties.writers(); i++) {
            writers.add(new PointWriter("ingestion-writer-" + i, influx, influxProperties, properties, metrics,
                    this::acknowledge));
        }
        running = true;
        thread = new Thread(this::run, "ingestion");
        thread.start();
        housekeeping = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ingestion-housekeeping"));
        long refresh = properties.gaugeRefresh().toMillis();
        housekeeping.scheduleWithFixedDelay(this::refreshBacklog, 0, refresh, TimeUnit.MILLISECONDS);
        log.info("ingesting {} as consumer {} of group {}", streams, consumer, properties.group());
    }

    @Override
    public void stop() {
        running = false;
        housekeeping.shutdownNow();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Let the last batches land and be acknowledged before the writer's threads are torn down.
        writers.forEach(PointWriter::flush);
        try {
            for (PointWriter writer : writers) {
                writer.awaitRoom(1, 5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writers.forEach(PointWriter::close);
        redis.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        boolean groupsReady = false;
        boolean replay = true;
        long nextClaim = System.currentTimeMillis() + properties.claimIdle().toMillis();
        while (running) {
            try {
                if (!groupsReady) {
                    streams.forEach(redis::ensureGroup);
                    groupsReady = true;
                }
                if (writers.stream().anyMatch(PointWriter::hasFailed)) {
                    if (!ping.isUp()) {
                        Thread.sleep(PAUSE_PROBE_MILLIS);
                        continue;
                    }
                    log.info("InfluxDB answers again: re-reading unacknowledged events");
                    writers.forEach(PointWriter::restart);
                    replay = true;
                }
                if (!writers.get(nextWriter).awaitRoom(roomPerWriter(), READ_BLOCK.toMillis())) {
                    continue;
                }
                if (replay) {
                    dropPrefetchedPage();
                    replay = replayOwnPending();
                } else if (System.currentTimeMillis() >= nextClaim) {
                    claimIdleEntries();
                    nextClaim = System.currentTimeMillis() + properties.claimIdle().toMillis();
                } else {
                    submit(readNewPage());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RedisException e) {
                nextPage = null;
                if (String.valueOf(e.getMessage()).startsWith("NOGROUP")) {
                    groupsReady = false; // the stream was deleted: recreate it and the group
                }
                log.warn("Redis unavailable for ingestion, retrying: {}", e.getMessage());
                sleepQuietly(PAUSE_PROBE_MILLIS);
            } catch (DataAccessException e) {
                log.warn("Redis unavailable for ingestion, retrying: {}", e.getMessage());
                sleepQuietly(PAUSE_PROBE_MILLIS);
            } catch (RuntimeException e) {
                log.error("ingestion step failed, retrying", e);
                sleepQuietly(PAUSE_PROBE_MILLIS);
            }
        }
    }

    /** The page asked for last time, asking for the following one before returning it. */
    private List<StreamMessage<String, String>> readNewPage() throws InterruptedException {
        if (nextPage == null) {
            nextPage = redis.readNew(streams, properties.readCount(), READ_BLOCK);
        }
        List<StreamMessage<String, String>> page = await(nextPage);
        nextPage = redis.readNew(streams, properties.readCount(), READ_BLOCK);
        return page;
    }

    /**
     * A page read ahead is not submitted when the loop goes back to replaying: its entries are pending for this
     * consumer already, so the replay reads them again.
     */
    private void dropPrefetchedPage() throws InterruptedException {
        if (nextPage != null) {
            try {
                await(nextPage);
            } catch (RedisException ignored) {
                // Nothing was delivered, or it is pending and replayed: either way nothing to do.
            } finally {
                nextPage = null;
            }
        }
    }

    private static <T> T await(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RedisException redisFailure) {
                throw redisFailure;
            }
            throw new RedisException(e.getCause());
        }
    }

    /** Reads one page of this consumer's unacknowledged entries; returns whether more may follow. */
    private boolean replayOwnPending() {
        if (replayCursors.isEmpty()) {
            streams.forEach(stream -> replayCursors.put(stream, "0"));
        }
        List<StreamMessage<String, String>> page = redis.readOwnPending(replayCursors, properties.readCount());
        page.forEach(message -> replayCursors.put(message.getStream(), message.getId()));
        submit(page);
        if (page.isEmpty()) {
            replayCursors.clear();
            return false;
        }
        return true;
    }

    private void claimIdleEntries() {
        for (String stream : streams) {
            String cursor = "0-0";
            do {
                ClaimedMessages<String, String> claimed =
                        redis.claimIdle(stream, properties.claimIdle(), cursor, properties.readCount());
                if (!claimed.getMessages().isEmpty()) {
                    log.info("reclaimed {} idle entries of {}", claimed.getMessages().size(), stream);
                }
                submit(claimed.getMessages());
                cursor = claimed.getId();
            } while (!"0-0".equals(cursor) && running);
        }
    }

    /** Turns a page into one WriteApi record, its lines joined by newlines, and hands it to the writer. */
    private void submit(List<StreamMessage<String, String>> messages) {
        if (messages == null || messages.isEmpty()) {
            return;
        }
        StringBuilder record = new StringBuilder(messages.size() * 160);
        List<EntryRef> entries = new ArrayList<>(messages.size());
        for (StreamMessage<String, String> message : messages) {
            if (message.getBody() == null || message.getBody().isEmpty()) {
                // Trimmed from the stream while pending: nothing left to store.
                redis.ack(message.getStream(), List.of(message.getId()));
                continue;
            }
            try {
                String line = toLine(message);
                if (!record.isEmpty()) {
                    record.append('\n');
                }
                record.append(line);
                entries.add(new EntryRef(message.getStream(), message.getId()));
            } catch (InvalidEvent e) {
                metrics.eventRejected();
                log.warn("skipping entry {} of {}: {}", message.getId(), message.getStream(), e.getMessage());
                redis.ack(message.getStream(), List.of(message.getId()));
            }
        }
        if (!entries.isEmpty()) {
            writers.get(nextWriter).write(record.toString(), entries);
            nextWriter = (nextWriter + 1) % writers.size();
        }
    }

    private String toLine(StreamMessage<String, String> message) {
        if (message.getStream().equals(properties.executionsStream())) {
            return Points.of(ExecutionEvent.from(message.getBody()));
        }
        return Points.of(DeploymentEvent.from(message.getBody()));
    }

    private int roomPerWriter() {
        return Math.max(1, properties.maxInFlight() / writers.size());
    }

    private void acknowledge(List<EntryRef> stored) {
        try {
            for (String stream : streams) {
                redis.ack(stream, RedisStreams.ids(stored, stream));
            }
        } catch (RedisException e) {
            // The entries stay pending; the periodic reclaim hands them back and the rewrite is harmless.
            log.warn("could not acknowledge {} stored events: {}", stored.size(), e.getMessage());
        }
    }

    private void refreshBacklog() {
        try {
            long events = 0;
            String oldest = null;
            for (String stream : streams) {
                RedisStreams.GroupBacklog backlog = redis.backlog(stream);
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

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String defaultConsumerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "metrics-service";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
