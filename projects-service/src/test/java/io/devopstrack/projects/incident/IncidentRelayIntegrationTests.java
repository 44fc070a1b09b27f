package io.devopstrack.projects.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.PrivateRedisTemplate;
import io.devopstrack.testsupport.PrivateRedis;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/** The outbox: one stream entry per revision of an incident, published at least once, waiting while Redis is down. */
class IncidentRelayIntegrationTests extends IncidentTestSupport {

    @Autowired
    IncidentRelay relay;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    IncidentProperties properties;

    @BeforeEach
    void emptyStream() {
        redis.delete(TEST_INCIDENTS_STREAM);
    }

    @Test
    void everyChangeIsPublishedOnceWithItsRevision() {
        String deploymentId = deploy("prod").path("id").asString();
        JsonNode incident = open("{\"environment\": \"prod\", \"title\": \"checkout down\", \"detectedAt\": \""
                + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS) + "\"}");
        String id = incident.path("id").asString();
        assertThat(relay.relay()).isEqualTo(1);
        assertThat(relay.relay()).isZero();

        api.post(path("/incidents/" + id + "/resolve"), maria, "{}");
        assertThat(relay.relay()).isEqualTo(1);
        api.patch(path("/incidents/" + id), maria, "{\"deploymentId\": \"\"}");
        assertThat(relay.relay()).isEqualTo(1);

        List<Map<Object, Object>> events = stream();
        assertThat(events).extracting(e -> e.get("revision")).containsExactly("1", "2", "3");
        assertThat(events.get(0))
                .containsEntry("incidentId", id)
                .containsEntry("projectId", projectId)
                .containsEntry("environment", "prod")
                .containsEntry("title", "checkout down")
                .containsEntry("status", "OPEN")
                .containsEntry("resolvedAt", "")
                .containsEntry("deploymentId", deploymentId)
                .containsEntry("linkedBy", "AUTO")
                .containsEntry("source", "manual")
                .containsEntry("externalId", id)
                .containsEntry("detectedAt", incident.path("detectedAt").asString());
        assertThat(events.get(1)).containsEntry("status", "RESOLVED");
        assertThat((String) events.get(1).get("resolvedAt")).isNotEmpty();
        assertThat(events.get(2)).containsEntry("deploymentId", "").containsEntry("linkedBy", "MANUAL");
    }

    @Test
    void incidentsWaitWhileRedisIsDownAndGoOutWhenItComesBack() {
        open("{\"environment\": \"prod\", \"title\": \"down\"}");
        try (PrivateRedis privateRedis = new PrivateRedis().start();
                PrivateRedisTemplate redisOfTheTest = new PrivateRedisTemplate(privateRedis.port())) {
            StringRedisTemplate privateTemplate = redisOfTheTest.template();
            IncidentRelay privateRelay = new IncidentRelay(mongo, privateTemplate, properties);
            privateRedis.stop();

            assertThat(privateRelay.relay()).isZero();
            assertThat(mongo.findAll(Incident.class))
                    .allSatisfy(i -> assertThat(i.published()).isFalse());

            privateRedis.start();
            assertThat(privateRelay.relay()).isEqualTo(1);
            assertThat(privateTemplate.opsForStream().range(properties.stream(), Range.unbounded()))
                    .hasSize(1);
            assertThat(privateRelay.relay()).isZero();
        }
    }

    @Test
    void theCountersCountOpenedAndResolvedIncidentsByProject() {
        String id = open("{\"environment\": \"prod\", \"title\": \"down\"}")
                .path("id")
                .asString();
        api.post(path("/incidents/" + id + "/resolve"), maria, "{}");

        String metrics = api.get("/metrics", null).body();

        assertThat(metrics)
                .containsPattern("devopstrack_incidents_opened_total\\{[^}]*project=\"" + projectId + "\"[^}]*} 1\\.0");
        assertThat(metrics)
                .containsPattern(
                        "devopstrack_incidents_resolved_total\\{[^}]*project=\"" + projectId + "\"[^}]*} 1\\.0");
    }

    private List<Map<Object, Object>> stream() {
        return redis.opsForStream().range(TEST_INCIDENTS_STREAM, Range.unbounded()).stream()
                .map(MapRecord::getValue)
                .toList();
    }
}
