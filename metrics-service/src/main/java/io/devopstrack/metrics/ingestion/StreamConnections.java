package io.devopstrack.metrics.ingestion;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The two Lettuce connections of stream ingestion: one that blocks in XREADGROUP, and one for XAUTOCLAIM and the
 * acknowledgements, so that an XACK never waits behind a blocked read.
 */
final class StreamConnections implements AutoCloseable {

    private final LettuceConnectionFactory factory;
    private StatefulRedisConnection<String, String> read;
    private StatefulRedisConnection<String, String> command;

    StreamConnections(LettuceConnectionFactory factory) {
        this.factory = factory;
    }

    synchronized StatefulRedisConnection<String, String> read() {
        if (read == null) {
            read = connect();
        }
        return read;
    }

    synchronized StatefulRedisConnection<String, String> command() {
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
     */
    private StatefulRedisConnection<String, String> connect() {
        if (!(factory.getRequiredNativeClient() instanceof RedisClient client)) {
            throw new IllegalStateException("stream ingestion needs a standalone or sentinel Redis");
        }
        return client.connect(StringCodecs.UTF8);
    }

    /** Closes the connections; the client itself belongs to the connection factory, which shuts it down. */
    @Override
    public synchronized void close() {
        if (read != null) {
            read.close();
        }
        if (command != null) {
            command.close();
        }
    }
}
