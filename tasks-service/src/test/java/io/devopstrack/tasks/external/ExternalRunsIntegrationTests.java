package io.devopstrack.tasks.external;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.jobs.redis.RedisKeys;
import io.devopstrack.tasks.support.Api.Response;
import io.devopstrack.tasks.support.RedisIntegrationTest;
import io.devopstrack.tasks.support.SseClient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
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

    private static final Instant T0 = Instant.parse("2026-11-25T16:20:00Z");

    private final String admin = AUTH.token("ADMIN");
    private final String viewer = AUTH.token("VIEWER");
    private final JsonMapper json = JsonMapper.builder().build();
    private String project;

    @BeforeEach
    void newProject() {
        project = "ext-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @DynamicPropertySource
    static void reclaimSoon(DynamicPropertyRegistry registry) {
        registry.add("devopstrack.external-runs.reclaim-idle", () -> "1s");
    }

    @Test
    void aRunWithItsStagesBecomesOneJobThatFinishesWithTheRunsStatus() {
        publish(run("101", 1, "QUEUED", 0));
        publish(run("101", 1, "RUNNING", 1));
        publish(stage("101", 1, "9001", "build", "RUNNING", 2));
        publish(stage("101", 1, "9002", "test", "RUNNING", 2));
        publish(stage("101", 1, "9001", "build", "SUCCEEDED", 3));
        publish(stage("101", 1, "9002", "test", "FAILED", 4));
        publish(run("101", 1, "FAILED", 5));

        JsonNode job = awaitJob(id("101", 1), j -> j.get("status").asString().equals("FAILED"));

        assertThat(job.get("source").asString()).isEqualTo("github");
        assertThat(job.get("externalId").asString()).isEqualTo("101");
        assertThat(job.get("externalUrl").asString()).isEqualTo("https://github.com/octo/app/actions/runs/101");
        assertThat(job.get("pipeline").asString()).isEqualTo("CI");
        assertThat(job.get("commit").asString()).isEqualTo("acb5820ced9479c074f688cc328bf03f341a511d");
        assertThat(job.get("triggeredBy").asString()).isEqualTo("octocat");
        assertThat(job.get("ref").asString()).isEqualTo("main");
        assertThat(job.get("attempt").asInt()).isEqualTo(1);
        assertThat(job.get("retryOf").isNull()).isTrue();
        assertThat(job.get("startedAt").asString()).isEqualTo(at(1).toString());
        assertThat(job.get("finishedAt").asString()).isEqualTo(at(5).toString());
        assertThat(job.get("stages"))
                .extracting(stage ->
                        stage.get("name").asString() + " " + stage.get("status").asString() + " "
                                + stage.get("externalUrl").asString())
                .containsExactly(
                        "build SUCCEEDED https://github.com/octo/app/actions/runs/101/job/9001",
                        "test FAILED https://github.com/octo/app/actions/runs/101/job/9002");
        assertThat(records(id("101", 1)))
                .extracting(r -> r.get("kind") + " " + r.get("stage") + " " + r.get("status") + " " + r.get("source"))
                .containsExactlyInAnyOrder(
                        "stage build SUCCEEDED github", "stage test FAILED github", "job  FAILED github");
        assertThat(redis.opsForStream().size(new RedisKeys(PREFIX).queue()))
                .as("never given to the simulator")
                .isZero();
    }

    @Test
    void aFinalStateArrivingBeforeTheRunStartedIsKept() {
        publish(run("102", 1, "SUCCEEDED", 5));
        publish(stage("102", 1, "9101", "build", "SUCCEEDED", 4));
        publish(stage("102", 1, "9101", "build", "RUNNING", 2));
        publish(run("102", 1, "RUNNING", 1));
        publish(run("102", 1, "QUEUED", 0));
        String marker = publish(run("102-marker", 1, "QUEUED", 0));
        awaitJob(id("102-marker", 1), j -> true);
        assertThat(marker).isNotBlank();

        JsonNode job = api().get("/tasks/" + id("102", 1), viewer).json();

        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("finishedAt").asString()).isEqualTo(at(5).toString());
        assertThat(job.get("startedAt").asString())
                .as("learnt from the later event")
                .isEqualTo(at(1).toString());
        assertThat(job.get("stages").get(0).get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("stages").get(0).get("startedAt").asString()).isEqualTo(at(2).toString());
    }

    @Test
    void anOlderRunStateNeverOverwritesANewerOne() {
        publish(run("103", 1, "RUNNING", 3));
        publish(run("103", 1, "QUEUED", 1));
        publish(run("103-marker", 1, "QUEUED", 0));
        awaitJob(id("103-marker", 1), j -> true);

        assertThat(api().get("/tasks/" + id("103", 1), viewer)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("RUNNING");
    }

    @Test
    void duplicateEventsMakeOneJobAndOneExecutionRecord() {
        for (int i = 0; i < 3; i++) {
            publish(run("104", 1, "RUNNING", 1));
            publish(stage("104", 1, "9201", "build", "SUCCEEDED", 2));
            publish(run("104", 1, "SUCCEEDED", 3));
        }
        awaitJob(id("104", 1), j -> j.get("status").asString().equals("SUCCEEDED"));
        publish(run("104-marker", 1, "QUEUED", 0));
        awaitJob(id("104-marker", 1), j -> true);

        Response list = api().get("/tasks?projectId=" + project + "&source=github&size=100", viewer);
        assertThat(list.json().get("content"))
                .extracting(j -> j.get("externalId").asString())
                .containsExactlyInAnyOrder("104", "104-marker");
        assertThat(records(id("104", 1))).extracting(r -> r.get("kind")).containsExactlyInAnyOrder("stage", "job");
        assertThat(api().get("/tasks/" + id("104", 1), viewer)
                        .json()
                        .get("version")
                        .asLong())
                .as("running, stage done, succeeded: three writes")
                .isEqualTo(3);
    }

    @Test
    void aReRunIsANewJobAtTheNextAttemptPointingAtThePreviousOne() {
        publish(run("105", 1, "FAILED", 1));
        publish(run("105", 2, "SUCCEEDED", 9));

        JsonNode second = awaitJob(id("105", 2), j -> j.get("status").asString().equals("SUCCEEDED"));

        assertThat(second.get("attempt").asInt()).isEqualTo(2);
        assertThat(second.get("retryOf").asString()).isEqualTo(id("105", 1));
        assertThat(awaitJob(id("105", 1), j -> true).get("status").asString()).isEqualTo("FAILED");
    }

    @Test
    void anExternalJobCanNeitherBeCancelledNorRetriedHere() {
        publish(run("106", 1, "RUNNING", 1));
        publish(run("107", 1, "FAILED", 1));
        awaitJob(id("106", 1), j -> true);
        awaitJob(id("107", 1), j -> true);

        Response cancel = api().post("/tasks/" + id("106", 1) + "/cancel", "", admin);
        Response retry = api().post("/tasks/" + id("107", 1) + "/retry", "", admin);

        for (Response response : List.of(cancel, retry)) {
            assertThat(response.status()).isEqualTo(409);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("title").asString()).isEqualTo("Job is external");
        }
        assertThat(api().get("/tasks/" + id("106", 1), viewer)
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
        publish(run("108", 1, "RUNNING", 1));
        awaitJob(id("108", 1), j -> true);

        assertThat(ids("/tasks?projectId=" + project + "&source=simulated")).containsExactly(simulated);
        assertThat(ids("/tasks?projectId=" + project + "&source=gitlab")).isEmpty();
        assertThat(ids("/tasks?projectId=" + project + "&source=github&status=RUNNING"))
                .contains(id("108", 1))
                .doesNotContain(simulated);
        assertThat(ids("/tasks?projectId=" + project)).contains(simulated, id("108", 1));
        assertThat(api().get("/tasks/" + simulated, viewer).json().get("source").asString())
                .isEqualTo("simulated");
    }

    @Test
    void theLiveStreamShowsEachChangeOfAnExternalJob() throws Exception {
        try (SseClient events = new SseClient(api().client(), api().uri("/tasks/events"), viewer)) {
            assertThat(events.status()).isEqualTo(200);
            assertThat(events.next(10)).isEqualTo("connected");

            publish(run("109", 1, "RUNNING", 1));
            publish(run("109", 1, "SUCCEEDED", 2));

            List<String> statuses = new java.util.ArrayList<>();
            while (statuses.size() < 2) {
                SseClient.Event event = events.nextEvent(10);
                assertThat(event).as("event %d", statuses.size() + 1).isNotNull();
                JsonNode data = json.readTree(event.data());
                if (data.get("id").asString().equals(id("109", 1))) {
                    statuses.add(data.get("status").asString() + " "
                            + data.get("source").asString());
                }
            }
            assertThat(statuses).containsExactly("RUNNING github", "SUCCEEDED github");
        }
    }

    @Test
    void anEventLeftPendingByADeadConsumerIsTakenOverAndAMalformedOneIsDropped() {
        String stream = PREFIX + "external-runs";
        awaitJob(id(publishAndAwaitMarker("110-marker"), 1), j -> true);
        // another consumer of the group takes the entry and dies before acknowledging it (one script: atomic)
        List<String> args = new java.util.ArrayList<>();
        run("110", 1, "SUCCEEDED", 1).forEach((name, value) -> {
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
        Map<String, String> broken = new LinkedHashMap<>(run("111", 1, "DONE", 1));
        publish(broken);

        assertThat(awaitJob(id("110", 1), j -> true).get("status").asString()).isEqualTo("SUCCEEDED");
        awaitEmpty(stream);
        assertThat(api().get("/tasks/" + id("111", 1), viewer).status()).isEqualTo(404);
    }

    private String publishAndAwaitMarker(String externalId) {
        publish(run(externalId, 1, "QUEUED", 0));
        return externalId;
    }

    private Map<String, String> run(String externalId, int attempt, String status, int minute) {
        Map<String, String> fields = base("run", externalId, attempt, status, minute);
        fields.put("externalUrl", "https://github.com/octo/app/actions/runs/" + externalId);
        fields.put("triggeredBy", "octocat");
        fields.put("createdAt", T0.toString());
        fields.put("startedAt", status.equals("QUEUED") ? "" : at(1).toString());
        fields.put(
                "finishedAt",
                List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(status)
                        ? at(minute).toString()
                        : "");
        return fields;
    }

    private Map<String, String> stage(
            String externalId, int attempt, String stageId, String name, String status, int minute) {
        Map<String, String> fields = base("stage", externalId, attempt, status, minute);
        fields.put("stageId", stageId);
        fields.put("stage", name);
        fields.put("stageUrl", "https://github.com/octo/app/actions/runs/" + externalId + "/job/" + stageId);
        fields.put("startedAt", status.equals("QUEUED") ? "" : at(2).toString());
        fields.put(
                "finishedAt",
                status.equals("SUCCEEDED") || status.equals("FAILED")
                        ? at(minute).toString()
                        : "");
        return fields;
    }

    private Map<String, String> base(String kind, String externalId, int attempt, String status, int minute) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("projectId", project);
        fields.put("deliveryId", UUID.randomUUID().toString());
        fields.put("kind", kind);
        fields.put("source", "github");
        fields.put("externalId", externalId);
        fields.put("attempt", Integer.toString(attempt));
        fields.put("pipeline", "CI");
        fields.put("ref", "main");
        fields.put("commit", "acb5820ced9479c074f688cc328bf03f341a511d");
        fields.put("status", status);
        fields.put("updatedAt", at(minute).toString());
        return fields;
    }

    private static Instant at(int minute) {
        return T0.plusSeconds(60L * minute);
    }

    private String publish(Map<String, String> fields) {
        return redis.opsForStream()
                .add(StreamRecords.string(fields).withStreamKey(PREFIX + "external-runs"))
                .getValue();
    }

    private String id(String externalId, int attempt) {
        return RunMerge.jobId("github", project, externalId, attempt);
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
        List<MapRecord<String, Object, Object>> all =
                redis.opsForStream().range(new RedisKeys(PREFIX).executions(), Range.unbounded());
        return all.stream()
                .map(MapRecord::getValue)
                .filter(r -> jobId.equals(r.get("jobId")))
                .toList();
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
