package io.devopstrack.metrics.ingestion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The consumer-group commands ingestion needs, on two connections of its own: one that blocks in XREADGROUP and
 * one for acknowledgements and bookkeeping, so that an XACK never waits behind a blocked read.
 */
final class RedisStreams implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisStreams.class);

    private final RedisClient client;
    private StatefulRedisConnection<String, String> readConnection;
    private StatefulRedisConnection<String, String> commandConnection;
    private final String group;
    private final Consumer<String> consumer;

    RedisStreams(LettuceConnectionFactory factory, String group, String consumerName) {
        RedisURI.Builder uri = RedisURI.builder()
                .withHost(factory.getHostName())
                .withPort(factory.getPort())
                .withDatabase(factory.getDatabase())
                .withTimeout(Duration.ofSeconds(10));
        if (factory.getPassword() != null && !factory.getPassword().isEmpty()) {
            uri.withPassword(factory.getPassword().toCharArray());
        }
        this.client = RedisClient.create(uri.build());
        this.group = group;
        this.consumer = Consumer.from(group, consumerName);
    }

    /** Creates the group at the start of the stream (history is ingested) and the stream itself if needed. */
    void ensureGroup(String stream) {
        try {
            commands().xgroupCreate(XReadArgs.StreamOffset.from(stream, "0"), group,
                    XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException alreadyThere) {
            // BUSYGROUP: another instance, or an earlier start, created it.
        }
    }

    /**
     * Asks for the next page of new entries without waiting: the event loop decodes it while the caller is still
     * turning the previous page into points.
     */
    CompletableFuture<List<StreamMessage<String, String>>> readNew(Collection<String> streams, int count,
                                                                   Duration block) {
        XReadArgs.StreamOffset<String>[] offsets = streams.stream()
                .map(XReadArgs.StreamOffset::lastConsumed)
                .toArray(XReadArgs.StreamOffset[]::new);
        return readConnection().async()
                .xreadgroup(consumer, XReadArgs.Builder.count(count).block(block), offsets)
                .toCompletableFuture();
    }

    /** Entries already delivered to this consumer and not acknowledged, after the given id of each stream. */
    List<StreamMessage<String, String>> readOwnPending(Map<String, String> afterIds, int count) {
        XReadArgs.StreamOffset<String>[] offsets = afterIds.entrySet().stream()
                .map(e -> XReadArgs.StreamOffset.from(e.getKey(), e.getValue()))
                .toArray(XReadArgs.StreamOffset[]::new);
        return reader().xreadgroup(consumer, XReadArgs.Builder.count(count), offsets);
    }

    /** Takes over entries pending longer than {@code minIdle} (any consumer's), one page from {@code cursor}. */
    ClaimedMessages<String, String> claimIdle(String stream, Duration minIdle, String cursor, int count) {
        return commands().xautoclaim(stream, new XAutoClaimArgs<String>()
                .consumer(consumer).minIdleTime(minIdle).startId(cursor).count(count));
    }

    /**
     * Acknowledges without waiting for the reply, so that the writer thread goes on with the next batch. An
     * acknowledgement that does not arrive leaves its entries pending: the periodic reclaim hands them back, and
     * rewriting their points is harmless.
     */
    void ack(String stream, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        asyncCommands().xack(stream, group, ids.toArray(String[]::new)).whenComplete((acknowledged, failure) -> {
            if (failure != null) {
                log.warn("could not acknowledge {} stored events of {}: {}", ids.size(), stream, failure.toString());
            }
        });
    }

    /** Undelivered plus unacknowledged entries, and the id of the oldest of them (null when there is none). */
    GroupBacklog backlog(String stream) {
        long lag = 0;
        long pending = 0;
        String lastDelivered = "0-0";
        for (Object info : commands().xinfoGroups(stream)) {
            List<?> fields = (List<?>) info;
            if (!group.equals(text(valueOf(fields, "name")))) {
                continue;
            }
            pending = asLong(valueOf(fields, "pending"));
            lag = asLong(valueOf(fields, "lag"));
            lastDelivered = text(valueOf(fields, "last-delivered-id"));
        }
        String oldest = null;
        if (pending > 0) {
            oldest = commands().xpending(stream, group).getMessageIds().getLower().getValue();
        } else if (lag > 0) {
            List<StreamMessage<String, String>> next = commands().xrange(stream,
                    Range.from(Range.Boundary.excluding(lastDelivered), Range.Boundary.unbounded()), Limit.from(1));
            oldest = next.isEmpty() ? null : next.get(0).getId();
            if (next.isEmpty()) {
                lag = 0; // Redis estimates the lag after a trim; nothing after the last delivered id means none
            }
        }
        return new GroupBacklog(lag + pending, oldest);
    }

    // Connected on first use, so that the service starts while Redis is down; Lettuce reconnects by itself after.
    private synchronized RedisCommands<String, String> reader() {
        return readConnection().sync();
    }

    private synchronized StatefulRedisConnection<String, String> readConnection() {
        if (readConnection == null) {
            readConnection = client.connect(StringCodecs.UTF8);
        }
        return readConnection;
    }

    private synchronized RedisCommands<String, String> commands() {
        return commandConnection().sync();
    }

    private synchronized RedisAsyncCommands<String, String> asyncCommands() {
        return commandConnection().async();
    }

    private synchronized StatefulRedisConnection<String, String> commandConnection() {
        if (commandConnection == null) {
            commandConnection = client.connect(StringCodecs.UTF8);
        }
        return commandConnection;
    }

    private static Object valueOf(List<?> flat, String key) {
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            if (key.equals(text(flat.get(i)))) {
                return flat.get(i + 1);
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : String.valueOf(value);
    }

    private static long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    @Override
    public synchronized void close() {
        if (readConnection != null) {
            readConnection.close();
        }
        if (commandConnection != null) {
            commandConnection.close();
        }
        client.shutdown();
    }

    record GroupBacklog(long events, String oldestId) {
    }

    static List<String> ids(List<EntryRef> refs, String stream) {
        List<String> ids = new ArrayList<>();
        for (EntryRef ref : refs) {
            if (ref.stream().equals(stream)) {
                ids.add(ref.id());
            }
        }
        return ids;
    }
}
