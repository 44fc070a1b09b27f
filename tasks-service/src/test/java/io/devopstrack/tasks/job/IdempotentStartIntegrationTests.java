package io.devopstrack.tasks.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.tasks.support.Api.Response;
import io.devopstrack.tasks.support.RedisIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.stream.StreamOffset;

/** POST /tasks with an Idempotency-Key, against the real Redis: a start sent again is the first job, not a second. */
class IdempotentStartIntegrationTests extends RedisIntegrationTest {

    private static final String KEY = "Idempotency-Key";

    private final String maintainer = AUTH.token("MAINTAINER");
    private String project;
    private String key;

    // One instance serves every test of the class: each takes a project and a key of its own.
    @BeforeEach
    void newProjectAndKey() {
        project = "p-" + UUID.randomUUID().toString().substring(0, 8);
        key = UUID.randomUUID().toString();
    }

    @Test
    void aStartSentAgainUnderTheSameKeyAnswersTheFirstJobAndQueuesItOnce() {
        String body = start("main");
        long jobsBefore = jobCount();

        Response first = api().post("/tasks", body, maintainer, KEY, key);
        Response again = api().post("/tasks", body, maintainer, KEY, key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        String id = first.json().get("id").asString();
        assertThat(again.json().get("id").asString()).isEqualTo(id);
        assertThat(again.json().get("createdAt").asString())
                .isEqualTo(first.json().get("createdAt").asString());
        assertThat(jobCount()).isEqualTo(jobsBefore + 1);
        assertThat(queueEntriesOf(id)).isEqualTo(1);
    }

    @Test
    void theSameKeyFromAnotherUserOrWithoutAKeyIsAnotherJob() {
        String body = start("main");

        String mine = api().post("/tasks", body, maintainer, KEY, key)
                .json()
                .get("id")
                .asString();
        String theirs = api().post("/tasks", body, AUTH.token("ADMIN"), KEY, key)
                .json()
                .get("id")
                .asString();
        String unkeyed = api().post("/tasks", body, maintainer).json().get("id").asString();

        assertThat(List.of(mine, theirs, unkeyed)).doesNotHaveDuplicates();
    }

    @Test
    void aKeyReusedForAnotherStartIs422AndCreatesNothing() {
        api().post("/tasks", start("main"), maintainer, KEY, key);
        long jobsBefore = jobCount();

        Response reused = api().post("/tasks", start("release/2.0"), maintainer, KEY, key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.json().get("title").asString()).isEqualTo("Idempotency-Key reused");
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    private String start(String ref) {
        return "{\"projectId\":\"" + project + "\",\"ref\":\"" + ref + "\"}";
    }

    private long jobCount() {
        Long count = redis.opsForZSet().zCard(KEYS.index(project, null));
        return count == null ? 0 : count;
    }

    private long queueEntriesOf(String id) {
        return redis.opsForStream().read(StreamOffset.fromStart(KEYS.queue())).stream()
                .filter(entry -> id.equals(entry.getValue().get("jobId")))
                .count();
    }
}
