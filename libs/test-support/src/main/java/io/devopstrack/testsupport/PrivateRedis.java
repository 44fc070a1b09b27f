package io.devopstrack.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A redis-server process of the test's own (no persistence, its own folder, a free port) that a test may
 * stop and start again, so that the shared Redis is never touched.
 */
public final class PrivateRedis implements AutoCloseable {

    private final int port;
    private final Path dir;
    private Process process;

    public PrivateRedis() {
        port = ClosedPorts.any();
        try {
            dir = Files.createTempDirectory("private-redis");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public PrivateRedis start() {
        try {
            process = new ProcessBuilder(
                            "redis-server",
                            "--bind",
                            "127.0.0.1",
                            "--port",
                            Integer.toString(port),
                            "--save",
                            "",
                            "--appendonly",
                            "no",
                            "--dir",
                            dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(this::accepting);
        return this;
    }

    public void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private boolean accepting() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
