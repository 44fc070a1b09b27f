package io.devopstrack.mongowire;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.TypedH2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the MongoDB wire protocol on a TCP port, backed by an H2 file (data survives restarts) or by
 * memory. Usage: {@code MongoWireServer <host> <port> <h2-file|memory>}.
 */
public final class MongoWireServer {

    private MongoWireServer() {
    }

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 27017;
        String storage = args.length > 2 ? args[2] : "memory";

        MongoServer server = new MongoServer(backendFor(storage));
        server.bind(host, port);
        System.out.printf("mongo-wire listening on %s:%d (storage: %s)%n", host, port, storage);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Closing the server flushes the H2 store, so a SIGTERM never loses acknowledged writes.
            server.shutdown();
            stopped.countDown();
        }, "mongo-wire-shutdown"));
        stopped.await();
    }

    private static MongoBackend backendFor(String storage) throws Exception {
        if ("memory".equals(storage)) {
            return new MemoryBackend();
        }
        Path file = Path.of(storage).toAbsolutePath();
        Files.createDirectories(file.getParent());
        return new TypedH2Backend(file.toString());
    }
}
