package io.devopstrack.tasks.external;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.jobs.redis.RedisKeys;
import io.devopstrack.tasks.support.Api.Response;
import io.devopstrack.tasks.support.RedisIntegrationTest;
import io.devopstrack.tasks.support.SseClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Run events as projects-service publishes them on {@code external-runs} (the fields of its RunPublisher), read by
 * the running service from the real Redis and turned into jobs.
 */
class ExternalRunsIntegrationTests extends RedisIntegrationTest {

    private final String admin = AUTH.token("ADMIN");
    private final String viewer = AUTH.token("VIEWER");
    private final JsonMapper json = JsonMapper.builder().build();
    private String project;
    private RunEvents events;

    @BeforeEach
    void newProject() {
        project = "ext-" + UUID.randomUUID().toString().substring(0, 8);
        events = new RunEvents(project);
    }

    @DynamicPropertySource
    static void reclaimSoon(DynamicPropertyRegistry registry) {
        registry.add("devopstrack.external-runs.reclaim-idle", () -> "1s");
    }

    @Test
    void aRunWithItsStagesBecomesOneJobThatFinishesWithTheRunsStatus() {
        publish(events.run("101", 1, "QUEUED", 0));
        publish(events.run("101", 1, "RUNNING", 1));
        publish(events.stage("101", 1, "9001", "build", "RUNNING", 2));
        publish(events.stage("101", 1, "9002", "test", "RUNNING", 2));
        publish(events.stage("101", 1, "9001", "build", "SUCCEEDED", 3));
        publish(events.stage("101", 1, "9002", "test", "FAILED", 4));
        publish(events.run("101", 1, "FAILED", 5));

        JsonNode job =
                awaitJob(events.jobId("101", 1), j -> j.get("status").asString().equals("FAILED"));

        assertThat(job.get("source").asString()).isEqualTo("github");
        assertThat(job.get("externalId").asString()).isEqualTo("101");
        assertThat(job.get("externalUrl").asString()).isEqualTo("https://github.com/octo/app/actions/runs/101");
        assertThat(job.get("pipeline").asString()).isEqualTo("CI");
        assertThat(job.get("commit").asString()).isEqualTo("acb5820ced9479c074f688cc328bf03f341a511d");
        assertThat(job.get("triggeredBy").asString()).isEqualTo("octocat");
        assertThat(job.get("ref").asString()).isEqualTo("main");
        assertThat(job.get("attempt").asInt()).isEqualTo(1);
        assertThat(job.get("retryOf").isNull()).isTrue();
        assertThat(job.get("startedAt").asString()).isEqualTo(RunEvents.at(1).toString());
        assertThat(job.get("finishedAt").asString()).isEqualTo(RunEvents.at(5).toString());
        assertThat(job.get("stages"))
                .extracting(stage ->
                        stage.get("name").asString() + " " + stage.get("status").asString() + " "
                                + stage.get("externalUrl").asString())
                .containsExactly(
                        "build SUCCEEDED https://github.com/octo/app/actions/runs/101/job/9001",
                        "test FAILED https://github.com/octo/app/actions/runs/101/job/9002");
        assertThat(records(events.jobId("101", 1)))
                .extracting(r -> r.get("kind") + " " + r.get("stage") + " " + r.get("status") + " " + r.get("source"))
                .containsExactlyInAnyOrder(
                        "stage build SUCCEEDED github", "stage test FAILED github", "job  FAILED github");
        assertThat(redis.opsForStream().size(new RedisKeys(PREFIX).queue()))
                .as("never given to the simulator")
                .isZero();
    }

    @Test
    void aFinalStateArrivingBeforeTheRunStartedIsKept() {
        publish(events.run("102", 1, "SUCCEEDED", 5));
        publish(events.stage("102", 1, "9101", "build", "SUCCEEDED", 4));
        publish(events.stage("102", 1, "9101", "build", "RUNNING", 2));
        publish(events.run("102", 1, "RUNNING", 1));
        publish(events.run("102", 1, "QUEUED", 0));
        String marker = publish(events.run("102-marker", 1, "QUEUED", 0));
        awaitJob(events.jobId("102-marker", 1), j -> true);
        assertThat(marker).isNotBlank();

        JsonNode job = api().get("/tasks/" + events.jobId("102", 1), viewer).json();

        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("finishedAt").asString()).isEqualTo(RunEvents.at(5).toString());
        assertThat(job.get("startedAt").asString())
                .as("learnt from the later event")
                .isEqualTo(RunEvents.at(1).toString());
        assertThat(job.get("stages").get(0).get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("stages").get(0).get("startedAt").asString())
                .isEqualTo(RunEvents.at(2).toString());
    }

    @Test
    void anOlderRunStateNeverOverwritesANewerOne() {
        publish(events.run("103", 1, "RUNNING", 3));
        publish(events.run("103", 1, "QUEUED", 1));
        publish(events.run("103-marker", 1, "QUEUED", 0));
        awaitJob(events.jobId("103-marker", 1), j -> true);

        assertThat(api().get("/tasks/" + events.jobId("103", 1), viewer)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("RUNNING");
    }

    @Test
    void duplicateEventsMakeOneJobAndOneExecutionRecord() {
        for (int i = 0; i < 3; i++) {
            publish(events.run("104", 1, "RUNNING", 1));
            publish(events.stage("104", 1, "9201", "build", "SUCCEEDED", 2));
            publish(events.run("104", 1, "SUCCEEDED", 3));
        }
        awaitJob(events.jobId("104", 1), j -> j.get("status").asString().equals("SUCCEEDED"));
        publish(events.run("104-marker", 1, "QUEUED", 0));
        awaitJob(events.jobId("104-marker", 1), j -> true);

        Response list = api().get("/tasks?projectId=" + project + "&source=github&size=100", viewer);
        assertThat(list.json().get("content"))
                .extracting(j -> j.get("externalId").asString())
                .containsExactlyInAnyOrder("104", "104-marker");
        assertThat(records(events.jobId("104", 1)))
                .extracting(r -> r.get("kind"))
                .containsExactlyInAnyOrder("stage", "job");
        assertThat(api().get("/tasks/" + events.jobId("104", 1), viewer)
                        .json()
                        .get("version")
                        .asLong())
                .as("running, stage done, succeeded: at most three writes, however the events fall into batches")
                .isBetween(1L, 3L);
    }

    @Test
    void aReRunIsANewJobAtTheNextAttemptPointingAtThePreviousOne() {
        publish(events.run("105", 1, "FAILED", 1));
        publish(events.run("105", 2, "SUCCEEDED", 9));

        JsonNode second =
                awaitJob(events.jobId("105", 2), j -> j.get("status").asString().equals("SUCCEEDED"));

        assertThat(second.get("attempt").asInt()).isEqualTo(2);
        assertThat(second.get("retryOf").asString()).isEqualTo(events.jobId("105", 1));
        assertThat(awaitJob(events.jobId("105", 1), j -> true).get("status").asString())
                .isEqualTo("FAILED");
    }

    @Test
    void anExternalJobCanNeitherBeCancelledNorRetriedHere() {
        publish(events.run("106", 1, "RUNNING", 1));
        publish(events.run("107", 1, "FAILED", 1));
        awaitJob(events.jobId("106", 1), j -> true);
        awaitJob(events.jobId("107", 1), j -> true);

        Response cancel = api().post("/tasks/" + events.jobId("106", 1) + "/cancel", "", admin);
        Response retry = api().post("/tasks/" + events.jobId("107", 1) + "/retry", "", admin);

        for (Response response : List.of(cancel, retry)) {
            assertThat(response.status()).isEqualTo(409);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("title").asString()).isEqualTo("Job is external");
        }
        assertThat(api().get("/tasks/" + events.jobId("106", 1), viewer)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("RUNNING");
        assertThat(api().get("/tasks?projectId=" + project + "&status=QUEUED", viewer)
                        .json()
                        .get("content"))
                .isEmpty();
    }

    @Test
    void theListFiltersBySource() {
        String simulated = api().post("/tasks", "{\"projectId\":\"" + project + "\",\"ref\":\"main\"}", admin)
                .json()
                .get("id")
                .asString();
        publish(events.run("108", 1, "RUNNING", 1));
        awaitJob(events.jobId("108", 1), j -> true);

        assertThat(ids("/tasks?projectId=" + project + "&source=simulated")).containsExactly(simulated);
        assertThat(ids("/tasks?projectId=" + project + "&source=gitlab")).isEmpty();
        assertThat(ids("/tasks?projectId=" + project + "&source=github&status=RUNNING"))
                .contains(events.jobId("108", 1))
                .doesNotContain(simulated);
        assertThat(ids("/tasks?projectId=" + project)).contains(simulated, events.jobId("108", 1));
        assertThat(api().get("/tasks/" + simulated, viewer).json().get("source").asString())
                .isEqualTo("simulated");
    }

    @Test
    void theLiveStreamShowsEachChangeOfAnExternalJob() throws Exception {
        try (SseClient live = new SseClient(api().client(), api().uri("/tasks/events"), viewer)) {
            assertThat(live.status()).isEqualTo(200);
            assertThat(live.next(10)).isEqualTo("connected");

            publish(events.run("109", 1, "RUNNING", 1));
            assertThat(nextStatusOf(live, events.jobId("109", 1))).isEqualTo("RUNNING github");
            publish(events.run("109", 1, "SUCCEEDED", 2));
            assertThat(nextStatusOf(live, events.jobId("109", 1))).isEqualTo("SUCCEEDED github");
        }
    }

    /** The status and source of the next live event of this job. */
    private String nextStatusOf(SseClient live, String jobId) throws Exception {
        while (true) {
            SseClient.Event event = live.nextEvent(10);
            assertThat(event).as("an event of job %s", jobId).isNotNull();
            JsonNode data = json.readTree(event.data());
            if (data.get("id").asString().equals(jobId)) {
                return data.get("status").asString() + " " + data.get("source").asString();
            }
        }
    }

    @Test
    void anEventLeftPendingByADeadConsumerIsTakenOverAndAMalformedOneIsDropped() {
        String stream = PREFIX + "external-runs";
        awaitJob(events.jobId(publishAndAwaitMarker("110-marker"), 1), j -> true);
        // another consumer of the group takes the entry and dies before acknowledging it (one script: atomic)
        List<String> args = new java.util.ArrayList<>();
        events.run("110", 1, "SUCCEEDED", 1).forEach((name, value) -> {
            args.add(name);
            args.add(value);
        });
        redis.execute(
                org.springframework.data.redis.core.script.RedisScript.of("""
                redis.call('XADD', KEYS[1], '*', unpack(ARGV))
                redis.call('XREADGROUP', 'GROUP', 'tasks-service', 'dead', 'COUNT', 100, 'STREAMS', KEYS[1], '>')
                return 1""", Long.class),
                List.of(stream),
                args.toArray());
        assertThat(redis.opsForStream().pending(stream, "tasks-service").getTotalPendingMessages())
                .isPositive();
        Map<String, String> broken = new LinkedHashMap<>(events.run("111", 1, "DONE", 1));
        publish(broken);

        assertThat(awaitJob(events.jobId("110", 1), j -> true).get("status").asString())
                .isEqualTo("SUCCEEDED");
        awaitEmpty(stream);
        assertThat(api().get("/tasks/" + events.jobId("111", 1), viewer).status())
                .isEqualTo(404);
    }

    private String publishAndAwaitMarker(String externalId) {
        publish(events.run(externalId, 1, "QUEUED", 0));
        return externalId;
    }

    private String publish(Map<String, String> fields) {
        return redis.opsForStream()
                .add(StreamRecords.string(fields).withStreamKey(PREFIX + "external-runs"))
                .getValue();
    }

    private List<String> ids(String path) {
        Response list = api().get(path, viewer);
        assertThat(list.status()).isEqualTo(200);
        return list.json()
                .get("content")
                .valueStream()
                .map(j -> j.get("id").asString())
                .toList();
    }

    private List<Map<Object, Object>> records(String jobId) {
        return RunEvents.records(redis, KEYS, jobId);
    }

    private JsonNode awaitJob(String id, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Response response = api().get("/tasks/" + id, viewer);
            if (response.status() == 200 && condition.test(response.json())) {
                return response.json();
            }
            assertThat(System.nanoTime()).as("job %s: %s", id, response.body()).isLessThan(deadline);
            sleep();
        }
    }

    private void awaitEmpty(String stream) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (redis.opsForStream().size(stream) > 0) {
            assertThat(System.nanoTime()).as("entries left in " + stream).isLessThan(deadline);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
