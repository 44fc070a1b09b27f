package io.devopstrack.metrics.ingestion;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisStreamAsyncCommands;
import io.lettuce.core.api.sync.RedisStreamCommands;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The two Lettuce connections of stream ingestion: one that blocks in XREADGROUP, and one for XAUTOCLAIM and the
 * acknowledgements, so that an XACK never waits behind a blocked read.
 */
final class StreamConnections implements AutoCloseable {

    private final LettuceConnectionFactory factory;
    private StreamConnection read;
    private StreamConnection command;

    StreamConnections(LettuceConnectionFactory factory) {
        this.factory = factory;
    }

    synchronized StreamConnection read() {
        if (read == null) {
            read = connect();
        }
        return read;
    }

    synchronized StreamConnection command() {
        if (command == null) {
            command = connect();
        }
        return command;
    }

    /**
     * A connection of the factory's own client (its URI with SSL, credentials, database and timeouts, its client
     * options and event loops), made on first use so that the service starts while Redis is down; Lettuce
     * reconnects by itself after. Not Spring Data's RedisConnection: the hot path needs a read that may block
     * without holding the shared connection, XACKs that do not wait for their reply, and {@link StringCodecs}.
     * On a Redis Cluster the client is a {@link RedisClusterClient}, whose connection sends each stream command to
     * the node of its key's slot (the streams read together must share one slot: {@link IngestionPipeline} checks it).
     */
    private StreamConnection connect() {
        AbstractRedisClient client = factory.getRequiredNativeClient();
        if (client instanceof RedisClusterClient cluster) {
            StatefulRedisClusterConnection<String, String> connection = cluster.connect(StringCodecs.UTF8);
            return new StreamConnection(connection, connection.sync(), connection.async());
        }
        if (client instanceof RedisClient standalone) {
            StatefulRedisConnection<String, String> connection = standalone.connect(StringCodecs.UTF8);
            return new StreamConnection(connection, connection.sync(), connection.async());
        }
        throw new IllegalStateException("stream ingestion needs a standalone, sentinel or cluster Redis client");
    }

    /** Closes the connections; the client itself belongs to the connection factory, which shuts it down. */
    @Override
    public synchronized void close() {
        if (read != null) {
            read.connection().close();
        }
        if (command != null) {
            command.connection().close();
        }
    }

    /** One connection and its stream commands, the same for a standalone and a cluster connection. */
    record StreamConnection(
            StatefulConnection<String, String> connection,
            RedisStreamCommands<String, String> sync,
            RedisStreamAsyncCommands<String, String> async) {}
}
