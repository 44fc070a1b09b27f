package io.devopstrack.metrics.ingestion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.models.stream.ClaimedMessages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamInfo;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The consumer-group commands ingestion needs. Reads, XAUTOCLAIM and XACK go over two Lettuce connections of their
 * own, one that blocks in XREADGROUP and one for the rest, so that an XACK never waits behind a blocked read;
 * creating the group and measuring its backlog go through Spring Data Redis.
 */
final class RedisStreams implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisStreams.class);

    private final LettuceConnectionFactory factory;
    private final StringRedisTemplate redis;
    private StatefulRedisConnection<String, String> readConnection;
    private StatefulRedisConnection<String, String> commandConnection;
    private final String group;
    private final Consumer<String> consumer;

    RedisStreams(LettuceConnectionFactory factory, StringRedisTemplate redis, String group, String consumerName) {
        this.factory = factory;
        this.redis = redis;
        this.group = group;
        this.consumer = Consumer.from(group, consumerName);
    }

    /** Creates the group at the start of the stream (history is ingested) and the stream itself if needed. */
    void ensureGroup(String stream) {
        try {
            redis.opsForStream().createGroup(stream, ReadOffset.from("0"), group); // with MKSTREAM
        } catch (DataAccessException e) {
            if (!(e.getMostSpecificCause() instanceof RedisBusyException)) {
                throw e;
            }
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
        return readConnection().sync().xreadgroup(consumer, XReadArgs.Builder.count(count), offsets);
    }

    /** Takes over entries pending longer than {@code minIdle} (any consumer's), one page from {@code cursor}. */
    ClaimedMessages<String, String> claimIdle(String stream, Duration minIdle, String cursor, int count) {
        return commandConnection().sync().xautoclaim(stream, new XAutoClaimArgs<String>()
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
        commandConnection().async().xack(stream, group, ids.toArray(String[]::new)).whenComplete((acknowledged, failure) -> {
            if (failure != null) {
                log.warn("could not acknowledge {} stored events of {}: {}", ids.size(), stream, failure.toString());
            }
        });
    }

    /** Undelivered plus unacknowledged entries, and the id of the oldest of them (null when there is none). */
    GroupBacklog backlog(String stream) {
        StreamInfo.XInfoGroup info = redis.opsForStream().groups(stream).stream()
                .filter(candidate -> group.equals(candidate.groupName())).findFirst().orElse(null);
        if (info == null) {
            return new GroupBacklog(0, null);
        }
        long pending = info.pendingCount() == null ? 0 : info.pendingCount();
        long lag = lag(info);
        String oldest = null;
        if (pending > 0) {
            oldest = redis.opsForStream().pending(stream, group).minMessageId();
        } else if (lag > 0) {
            List<MapRecord<String, Object, Object>> next = redis.opsForStream().range(stream,
                    Range.rightUnbounded(Range.Bound.exclusive(info.lastDeliveredId())), Limit.limit().count(1));
            oldest = next.isEmpty() ? null : next.get(0).getId().getValue();
            if (next.isEmpty()) {
                lag = 0; // Redis estimates the lag after a trim; nothing after the last delivered id means none
            }
        }
        return new GroupBacklog(lag + pending, oldest);
    }

    /** Redis 7's {@code lag} (entries not yet delivered to the group), which XInfoGroup has no accessor for. */
    private static long lag(StreamInfo.XInfoGroup info) {
        return info.getRaw().get("lag") instanceof Number lag ? lag.longValue() : 0;
    }

    private synchronized StatefulRedisConnection<String, String> readConnection() {
        if (readConnection == null) {
            readConnection = connect();
        }
        return readConnection;
    }

    private synchronized StatefulRedisConnection<String, String> commandConnection() {
        if (commandConnection == null) {
            commandConnection = connect();
        }
        return commandConnection;
    }

    /**
     * A connection of the factory's own client (its URI with SSL, credentials, database and timeouts, its client
     * options and event loops), made on first use so that the service starts while Redis is down; Lettuce
     * reconnects by itself after. Not Spring Data's RedisConnection: the hot path needs a read that may block
     * without holding the shared connection, XACKs that do not wait for their reply, and {@link StringCodecs}.
     */
    private StatefulRedisConnection<String, String> connect() {
        if (!(factory.getRequiredNativeClient() instanceof RedisClient client)) {
            throw new IllegalStateException("stream ingestion needs a standalone or sentinel Redis");
        }
        return client.connect(StringCodecs.UTF8);
    }

    @Override
    public synchronized void close() {
        if (readConnection != null) {
            readConnection.close();
        }
        if (commandConnection != null) {
            commandConnection.close();
        }
        // The client itself belongs to the connection factory, which shuts it down.
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
