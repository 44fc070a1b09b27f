package io.devopstrack.tasks.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.devopstrack.tasks.job.JobStore;
import io.devopstrack.tasks.support.Api.Response;
import io.devopstrack.tasks.support.RedisIntegrationTest;
import io.devopstrack.tasks.support.SseClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JobEventsIntegrationTests extends RedisIntegrationTest {

    private final String admin = AUTH.token("ADMIN");
    private final String viewer = AUTH.token("VIEWER");
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private JobStore store;

    @Test
    void aTicketOpensTheStreamWhichDeliversEveryChangeInOrder() throws Exception {
        try (SseClient events =
                new SseClient(api().client(), api().uri("/tasks/events?ticket=" + ticket(viewer)), null)) {
            assertThat(events.status()).isEqualTo(200);
            assertThat(events.next(10)).isEqualTo("connected");

            String id = startJob();
            Job job = store.find(id).orElseThrow();
            for (int i = 0; i < 30; i++) {
                JobStatus stored = job.status();
                job = next(job, i == 0 ? JobStatus.RUNNING : job.status());
                assertThat(store.update(stored, job, List.of())).isEmpty();
            }
            api().post("/tasks/" + id + "/cancel", "", admin);

            List<Long> versions = new ArrayList<>();
            List<Long> eventIds = new ArrayList<>();
            JsonNode last = null;
            while (versions.size() < 32) {
                SseClient.Event event = events.nextEvent(10);
                assertThat(event).as("event %d", versions.size() + 1).isNotNull();
                assertThat(event.name()).isEqualTo("job");
                JsonNode data = json.readTree(event.data());
                if (data.get("id").asString().equals(id)) {
                    versions.add(data.get("version").asLong());
                    eventIds.add(Long.parseLong(event.id()));
                    last = data;
                }
            }
            assertThat(versions)
                    .isSortedAccordingTo(Long::compare)
                    .doesNotHaveDuplicates()
                    .startsWith(1L)
                    .endsWith(32L);
            assertThat(eventIds).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
            assertThat(last.get("cancelRequested").asBoolean()).isTrue();
        }
    }

    @Test
    void aTicketIsSingleUse() throws Exception {
        String ticket = ticket(viewer);
        try (SseClient first = new SseClient(api().client(), api().uri("/tasks/events?ticket=" + ticket), null)) {
            assertThat(first.status()).isEqualTo(200);
        }

        Response reused = api().get("/tasks/events?ticket=" + ticket, null);

        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(api().get("/tasks/events?ticket=made-up", null).status()).isEqualTo(401);
        assertThat(api().get("/tasks/events", null).status()).isEqualTo(401);
    }

    @Test
    void aTicketIsIssuedToAnyRoleWithAThirtySecondLifetime() {
        Response response = api().post("/tasks/events/tickets", "", viewer);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("expiresIn").asInt()).isEqualTo(30);
        assertThat(response.json().get("ticket").asString()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(api().post("/tasks/events/tickets", "", null).status()).isEqualTo(401);
    }

    @Test
    void aBearerHeaderAlsoOpensTheStream() throws Exception {
        try (SseClient events = new SseClient(api().client(), api().uri("/tasks/events"), admin)) {
            assertThat(events.status()).isEqualTo(200);
            assertThat(events.next(10)).isEqualTo("connected");

            String id = startJob();

            SseClient.Event event = events.nextEvent(10);
            assertThat(json.readTree(event.data()).get("id").asString()).isEqualTo(id);
        }
    }

    @Test
    void healthIsUpAndMetricsNameTheApplication() {
        Response health = api().get("/healthz", null);
        Response metrics = api().get("/metrics", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().at("/components/redis/status").asString()).isEqualTo("UP");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"tasks-service\"");
        assertThat(api().get("/docs/openapi.json", null).status()).isEqualTo(200);
    }

    private String startJob() {
        return api().post("/tasks", "{\"projectId\":\"sse\",\"ref\":\"main\"}", admin)
                .json()
                .get("id")
                .asString();
    }

    private String ticket(String token) {
        return api().post("/tasks/events/tickets", "", token)
                .json()
                .get("ticket")
                .asString();
    }

    /** The job's next version with this status, as a worker would write it. */
    private static Job next(Job job, JobStatus status) {
        Instant now = Instant.now();
        return job.with(status, job.stages(), now, null, now);
    }
}
