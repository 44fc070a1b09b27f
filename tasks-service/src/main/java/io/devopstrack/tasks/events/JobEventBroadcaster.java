package io.devopstrack.tasks.events;

import io.devopstrack.tasks.config.TasksProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Fans the job changes published on {@code devopstrack:job-events} out to the open SSE connections, in the
 * order Redis delivers them (the listener container dispatches on a single thread). Event ids increase
 * monotonically per tasks-service instance.
 */
@Component
public class JobEventBroadcaster implements MessageListener {

    private final Set<SseEmitter> emitters = new CopyOnWriteArraySet<>();
    private final AtomicLong lastEventId = new AtomicLong();
    private final long timeoutMillis;

    public JobEventBroadcaster(TasksProperties properties) {
        this.timeoutMillis = properties.sseTimeout().toMillis();
    }

    public SseEmitter open() {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> {
            emitters.remove(emitter);
            emitter.complete();
        });
        emitter.onError(error -> emitters.remove(emitter));
        emitters.add(emitter);
        // Sent at once so that the client knows the stream is open before any change arrives.
        send(emitter, SseEmitter.event().comment("connected"));
        return emitter;
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        if (emitters.isEmpty()) {
            return;
        }
        String job = new String(message.getBody(), StandardCharsets.UTF_8);
        SseEmitter.SseEventBuilder event = SseEmitter.event()
                .id(Long.toString(lastEventId.incrementAndGet()))
                .name("job")
                .data(job);
        for (SseEmitter emitter : emitters) {
            send(emitter, event);
        }
    }

    @Scheduled(fixedRate = 15_000, initialDelay = 15_000)
    void heartbeat() {
        for (SseEmitter emitter : emitters) {
            send(emitter, SseEmitter.event().comment("heartbeat"));
        }
    }

    int connections() {
        return emitters.size();
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            // The client went away: drop it; its request thread was never held (async request).
            emitters.remove(emitter);
            emitter.completeWithError(e);
        }
    }
}
