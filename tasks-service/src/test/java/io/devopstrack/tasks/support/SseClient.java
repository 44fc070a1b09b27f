package io.devopstrack.tasks.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a server-sent event stream line by line into a queue: comments and {@code id/event/data} events. */
public final class SseClient implements AutoCloseable {

    public record Event(String id, String name, String data) {}

    private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile int status;

    public SseClient(HttpClient http, URI uri, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(lines -> {
            status = lines.statusCode();
            received.add(Integer.valueOf(lines.statusCode()));
            String[] current = new String[3];
            lines.body().forEach(line -> {
                if (line.startsWith(":")) {
                    received.add(line.substring(1));
                } else if (line.startsWith("id:")) {
                    current[0] = line.substring(3);
                } else if (line.startsWith("event:")) {
                    current[1] = line.substring(6);
                } else if (line.startsWith("data:")) {
                    current[2] = line.substring(5);
                } else if (line.isEmpty() && current[2] != null) {
                    received.add(new Event(current[0], current[1], current[2]));
                    current[0] = current[1] = current[2] = null;
                }
            });
        });
    }

    /** The HTTP status, waiting up to 10 s for the response head. */
    public int status() throws InterruptedException {
        Object first = received.poll(10, TimeUnit.SECONDS);
        return first instanceof Integer code ? code : status;
    }

    /** The next comment ({@code String}) or {@link Event}, or null after {@code seconds}. */
    public Object next(long seconds) throws InterruptedException {
        return received.poll(seconds, TimeUnit.SECONDS);
    }

    public Event nextEvent(long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Object next = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next instanceof Event event) {
                return event;
            }
        }
        return null;
    }

    @Override
    public void close() {
        response.cancel(true);
        response.thenAccept(lines -> lines.body().close());
    }
}
