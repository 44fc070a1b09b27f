package io.devopstrack.metrics.ingestion;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.models.stream.ClaimedMessages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Reads the streams as one consumer of the group: new entries (the next page asked for while this one is turned
 * into points), the consumer's own pending entries, and entries any consumer left idle.
 */
final class StreamReader {

    static final Duration READ_BLOCK = Duration.ofMillis(500);

    private final StreamConnections connections;
    private final Consumer<String> consumer;
    private final XReadArgs.StreamOffset<String>[] newEntries;
    private final int count;
    private CompletableFuture<List<StreamMessage<String, String>>> nextPage;

    @SuppressWarnings("unchecked")
    StreamReader(StreamConnections connections, String group, String consumerName, List<String> streams, int count) {
        this.connections = connections;
        this.consumer = Consumer.from(group, consumerName);
        this.newEntries =
                streams.stream().map(XReadArgs.StreamOffset::lastConsumed).toArray(XReadArgs.StreamOffset[]::new);
        this.count = count;
    }

    /** The page asked for last time, asking for the following one before returning it. */
    List<StreamMessage<String, String>> readNew() throws InterruptedException {
        if (nextPage == null) {
            nextPage = askForNewPage();
        }
        List<StreamMessage<String, String>> page = await(nextPage);
        nextPage = askForNewPage();
        return page;
    }

    /**
     * A page read ahead is not submitted when the loop goes back to replaying: its entries are pending for this
     * consumer already, so the replay reads them again.
     */
    void dropPrefetchedPage() throws InterruptedException {
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

    /** After a Redis failure: the read asked for ahead is lost with it. */
    void forgetPrefetchedPage() {
        nextPage = null;
    }

    /** Entries already delivered to this consumer and not acknowledged, after the given id of each stream. */
    @SuppressWarnings("unchecked")
    List<StreamMessage<String, String>> readOwnPending(Map<String, String> afterIds) {
        XReadArgs.StreamOffset<String>[] offsets = afterIds.entrySet().stream()
                .map(e -> XReadArgs.StreamOffset.from(e.getKey(), e.getValue()))
                .toArray(XReadArgs.StreamOffset[]::new);
        return connections.read().sync().xreadgroup(consumer, XReadArgs.Builder.count(count), offsets);
    }

    /** Takes over entries pending longer than {@code minIdle} (any consumer's), one page from {@code cursor}. */
    ClaimedMessages<String, String> claimIdle(String stream, Duration minIdle, String cursor) {
        return connections
                .command()
                .sync()
                .xautoclaim(
                        stream,
                        new XAutoClaimArgs<String>()
                                .consumer(consumer)
                                .minIdleTime(minIdle)
                                .startId(cursor)
                                .count(count));
    }

    private CompletableFuture<List<StreamMessage<String, String>>> askForNewPage() {
        return connections
                .read()
                .async()
                .xreadgroup(consumer, XReadArgs.Builder.count(count).block(READ_BLOCK), newEntries)
                .toCompletableFuture();
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
}
