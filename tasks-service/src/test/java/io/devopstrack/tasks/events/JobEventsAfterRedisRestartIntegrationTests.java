package io.devopstrack.tasks.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.tasks.support.Api;
import io.devopstrack.tasks.support.FakeAuthAndProjects;
import io.devopstrack.tasks.support.ServiceOnRedis;
import io.devopstrack.tasks.support.SseClient;
import io.devopstrack.testsupport.PrivateRedis;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A dashboard keeps its event stream open while Redis restarts (empty): the service subscribes to the events channel
 * again by itself, and job changes made after the restart reach the same, still open, stream.
 */
class JobEventsAfterRedisRestartIntegrationTests {

    private static final FakeAuthAndProjects AUTH = FakeAuthAndProjects.get();
    private static final String BODY = "{\"projectId\":\"p-restart\",\"ref\":\"main\"}";
    private final String admin = AUTH.token("ADMIN");

    @Test
    void anOpenStreamReceivesJobChangesMadeAfterARedisRestart() throws Exception {
        try (PrivateRedis redis = new PrivateRedis().start();
                ConfigurableApplicationContext app = ServiceOnRedis.start(redis.port())) {
            Api api = ServiceOnRedis.api(app);
            try (SseClient events = new SseClient(api.client(), api.uri("/tasks/events"), admin)) {
                assertThat(events.status()).isEqualTo(200);
                assertThat(events.next(10)).isEqualTo("connected");
                awaitSubscribed(api, events);

                redis.stop();
                assertThat(api.post("/tasks", BODY, admin).status()).isEqualTo(503);
                redis.start();

                // Pub/sub keeps nothing for a subscriber that is away: a job started before the subscription is back
                // may go unseen, so each try starts a new job, until one reaches the stream that stayed open.
                awaitSubscribed(api, events);
            }
        }
    }

    /** Starts jobs until the event of one of them arrives on the stream (the subscription is live). */
    private void awaitSubscribed(Api api, SseClient events) {
        AtomicReference<String> seen = new AtomicReference<>();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Api.Response started = api.post("/tasks", BODY, admin);
                    if (started.status() != 202) {
                        return false;
                    }
                    String id = started.json().get("id").asString();
                    for (SseClient.Event event = events.nextEvent(1); event != null; event = events.nextEvent(1)) {
                        if (event.data().contains("\"id\":\"" + id + "\"")) {
                            seen.set(id);
                            return true;
                        }
                    }
                    return false;
                });
        assertThat(seen.get()).isNotNull();
    }
}
