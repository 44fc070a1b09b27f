package io.devopstrack.tasks.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.devopstrack.tasks.support.Api.Response;
import io.devopstrack.tasks.support.RedisIntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamOffset;
import tools.jackson.databind.JsonNode;

class JobApiIntegrationTests extends RedisIntegrationTest {

    private final String admin = AUTH.token("ADMIN");
    private final String maintainer = AUTH.token("MAINTAINER");
    private final String viewer = AUTH.token("VIEWER");

    @Autowired
    private JobStore store;

    @Test
    void startingAJobQueuesItWithTheDefaultStagesAndEnqueuesIt() {
        String project = newProject();
        Response response = api().post("/tasks", "{\"projectId\":\"" + project + "\",\"ref\":\"main\"}", maintainer);

        assertThat(response.status()).isEqualTo(202);
        JsonNode job = response.json();
        assertThat(job.get("status").asString()).isEqualTo("QUEUED");
        assertThat(job.get("attempt").asInt()).isEqualTo(1);
        assertThat(job.get("createdBy").asString()).isEqualTo("maintainer");
        assertThat(job.get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(stageNames(job)).containsExactly("checkout", "build", "test", "package", "deploy");
        assertThat(job.get("stages").get(0).get("status").asString()).isEqualTo("PENDING");
        List<MapRecord<String, Object, Object>> queue = redis.opsForStream().read(StreamOffset.fromStart(KEYS.queue()));
        assertThat(queue)
                .extracting(entry -> entry.getValue().get("jobId"))
                .contains(job.get("id").asString());
        assertThat(api().get("/tasks/" + job.get("id").asString(), viewer)
                        .json()
                        .get("ref")
                        .asString())
                .isEqualTo("main");
    }

    @Test
    void startingAJobWithItsOwnStagesKeepsThemInOrder() {
        Response response = api().post(
                        "/tasks",
                        "{\"projectId\":\"" + newProject() + "\",\"ref\":\"v1.2.0\",\"stages\":[\"lint\",\"build\"]}",
                        admin);

        assertThat(response.status()).isEqualTo(202);
        assertThat(stageNames(response.json())).containsExactly("lint", "build");
    }

    @Test
    void anUnknownProjectIs404() {
        Response response = api().post("/tasks", "{\"projectId\":\"missing\",\"ref\":\"main\"}", admin);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Project not found");
    }

    @Test
    void aMalformedProjectIdIs404NamingTheIdNot503() {
        long before = jobCount();

        Response response = api().post("/tasks", "{\"projectId\":\"does-not-exist-abc\",\"ref\":\"main\"}", admin);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("does-not-exist-abc");
        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void projectsServiceFailingOrTooSlowIs503AndNothingIsQueued() {
        long before = jobCount();

        assertThat(api().post("/tasks", "{\"projectId\":\"broken\",\"ref\":\"main\"}", admin)
                        .status())
                .isEqualTo(503);
        Response slow = api().post("/tasks", "{\"projectId\":\"slow\",\"ref\":\"main\"}", admin);

        assertThat(slow.status()).isEqualTo(503);
        assertThat(slow.json().get("title").asString()).isEqualTo("Projects unavailable");
        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void badInputIs400NamingTheFieldsAndStoresNothing() {
        long before = jobCount();

        Response blank = api().post("/tasks", "{\"projectId\":\"p1\",\"ref\":\" \",\"stages\":[\"Build Me\"]}", admin);
        Response notJson = api().post("/tasks", "{\"projectId\":", admin);
        Response badStatus = api().get("/tasks?status=DONE", viewer);
        Response badSize = api().get("/tasks?size=0", viewer);

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").findValuesAsString("field")).contains("ref", "stages[0]");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().get("errors").get(0).get("field").asString())
                .isEqualTo("status");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void anUnknownJobIs404() {
        Response response = api().get("/tasks/" + UUID.randomUUID(), viewer);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("title").asString()).isEqualTo("Job not found");
    }

    @Test
    void rolesDecideWhoStartsCancelsRetriesAndReads() {
        String project = newProject();
        String body = "{\"projectId\":\"" + project + "\",\"ref\":\"main\"}";
        String id = api().post("/tasks", body, admin).json().get("id").asString();
        String finished = force(id, JobStatus.FAILED).id();

        assertThat(api().post("/tasks", body, viewer).status()).isEqualTo(403);
        assertThat(api().post("/tasks/" + finished + "/retry", "", viewer).status())
                .isEqualTo(403);
        assertThat(api().post("/tasks/" + finished + "/cancel", "", viewer).status())
                .isEqualTo(403);
        assertThat(api().post("/tasks", body, AUTH.token()).status()).isEqualTo(403);
        assertThat(api().get("/tasks", AUTH.token()).status()).isEqualTo(403);
        assertThat(api().post("/tasks", body, maintainer).status()).isEqualTo(202);
        assertThat(api().post("/tasks", body, admin).status()).isEqualTo(202);
        assertThat(api().post("/tasks/" + finished + "/retry", "", maintainer).status())
                .isEqualTo(202);
        for (String reader : List.of(viewer, maintainer, admin)) {
            assertThat(api().get("/tasks/" + id, reader).status()).isEqualTo(200);
            assertThat(api().get("/tasks?projectId=" + project, reader).status())
                    .isEqualTo(200);
        }
        Response anonymous = api().get("/tasks", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(api().get("/tasks", "not-a-jwt").status()).isEqualTo(401);
        assertThat(api().get("/tasks", AUTH.tokenForAudience("someone-else")).status())
                .isEqualTo(401);
    }

    @Test
    void cancellingAQueuedJobCancelsItAtOnceAndRecordsTheExecution() {
        String id = startJob(newProject());

        Response response = api().post("/tasks/" + id + "/cancel", "", maintainer);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(response.json().get("finishedAt").isNull()).isFalse();
        assertThat(response.json().get("stages").findValuesAsString("status")).containsOnly("CANCELLED");
        List<MapRecord<String, Object, Object>> executions =
                redis.opsForStream().read(StreamOffset.fromStart(KEYS.executions()));
        assertThat(executions)
                .map(MapRecord::getValue)
                .anySatisfy(fields -> assertThat(fields)
                        .containsEntry("jobId", id)
                        .containsEntry("kind", "job")
                        .containsEntry("status", "CANCELLED")
                        .containsEntry("stage", ""));
    }

    @Test
    void cancellingARunningJobAsksItsWorkerToStopAtTheNextStage() {
        String id = force(startJob(newProject()), JobStatus.RUNNING).id();

        Response response = api().post("/tasks/" + id + "/cancel", "", admin);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("RUNNING");
        assertThat(response.json().get("cancelRequested").asBoolean()).isTrue();
        assertThat(api().post("/tasks/" + id + "/cancel", "", admin)
                        .json()
                        .get("cancelRequested")
                        .asBoolean())
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = JobStatus.class,
            names = {"SUCCEEDED", "FAILED", "CANCELLED"})
    void aFinishedJobCannotBeCancelledButCanBeRetried(JobStatus finished) {
        String id = force(startJob(newProject()), finished).id();

        Response cancel = api().post("/tasks/" + id + "/cancel", "", admin);
        Response retry = api().post("/tasks/" + id + "/retry", "", admin);

        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.json().get("title").asString()).isEqualTo("Job not cancellable");
        assertThat(api().get("/tasks/" + id, admin).json().get("status").asString())
                .isEqualTo(finished.name());
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.json().get("status").asString()).isEqualTo("QUEUED");
        assertThat(retry.json().get("attempt").asInt()).isEqualTo(2);
        assertThat(retry.json().get("retryOf").asString()).isEqualTo(id);
        assertThat(retry.json().get("id").asString()).isNotEqualTo(id);
    }

    @ParameterizedTest
    @EnumSource(
            value = JobStatus.class,
            names = {"QUEUED", "RUNNING"})
    void anUnfinishedJobCannotBeRetried(JobStatus unfinished) {
        String id = force(startJob(newProject()), unfinished).id();

        Response retry = api().post("/tasks/" + id + "/retry", "", admin);

        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.json().get("title").asString()).isEqualTo("Job not retryable");
    }

    @Test
    void theListFiltersByProjectAndStatusNewestFirstInPages() {
        String project = newProject();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(startJob(project));
        }
        force(ids.get(0), JobStatus.SUCCEEDED);
        startJob(newProject());

        JsonNode firstPage = api().get("/tasks?projectId=" + project + "&page=0&size=2", viewer)
                .json();
        JsonNode lastPage = api().get("/tasks?projectId=" + project + "&page=2&size=2", viewer)
                .json();
        JsonNode queued = api().get("/tasks?projectId=" + project + "&status=QUEUED", viewer)
                .json();
        JsonNode succeeded = api().get("/tasks?projectId=" + project + "&status=SUCCEEDED", viewer)
                .json();

        assertThat(firstPage.get("page").get("totalElements").asInt()).isEqualTo(5);
        assertThat(firstPage.get("page").get("totalPages").asInt()).isEqualTo(3);
        assertThat(firstPage.get("page").get("size").asInt()).isEqualTo(2);
        assertThat(firstPage.get("page").get("number").asInt()).isEqualTo(0);
        assertThat(firstPage.get("content").findValuesAsString("id")).hasSize(2);
        assertThat(lastPage.get("content").findValuesAsString("id")).containsExactly(ids.get(0));
        assertThat(queued.get("page").get("totalElements").asInt()).isEqualTo(4);
        assertThat(succeeded.get("content").findValuesAsString("id")).containsExactly(ids.get(0));
    }

    private String newProject() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String startJob(String project) {
        Response response = api().post("/tasks", "{\"projectId\":\"" + project + "\",\"ref\":\"main\"}", admin);
        assertThat(response.status()).isEqualTo(202);
        return response.json().get("id").asString();
    }

    /** Puts a job into a state as a worker would (through the same compare-and-set write). */
    private Job force(String id, JobStatus status) {
        Job job = store.find(id).orElseThrow();
        Instant now = Instant.now();
        boolean finished = status.isFinished();
        Job changed =
                job.with(status, job.stages(), status == JobStatus.QUEUED ? null : now, finished ? now : null, now);
        assertThat(store.update(job.status(), changed, List.of())).isEmpty();
        return changed;
    }

    private long jobCount() {
        Long count = redis.opsForZSet().zCard(KEYS.index(null, null));
        return count == null ? 0 : count;
    }

    private static List<String> stageNames(JsonNode job) {
        return job.get("stages").findValuesAsString("name");
    }
}
