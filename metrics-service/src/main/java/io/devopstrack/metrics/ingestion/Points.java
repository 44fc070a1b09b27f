package io.devopstrack.metrics.ingestion;

import com.influxdb.client.domain.WritePrecision;
import com.influxdb.client.write.Point;
import io.devopstrack.events.DeploymentEvent;
import io.devopstrack.events.ExecutionEvent;
import io.devopstrack.events.IncidentEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.CRC32;

/**
 * Turns events into InfluxDB line protocol. A point's identity in InfluxDB is measurement + tag set + timestamp,
 * and a second write of the same identity overwrites the first: that is what makes redelivery harmless. The
 * event's own id is deliberately not a tag (one series per job would grow without bound); instead the timestamp
 * is the event time in whole milliseconds plus a nanosecond offset in [0, 999999] taken from a CRC-32 of the id,
 * so two jobs finishing in the same millisecond stay two points while a redelivered event lands on itself.
 */
final class Points {

    static final String JOB_RUNS = "job_runs";
    static final String STAGE_RUNS = "stage_runs";
    static final String DEPLOYMENTS = "deployments";
    static final String INCIDENTS = "incidents";

    private Points() {}

    static String of(ExecutionEvent event) {
        Point point = Point.measurement(event.isJob() ? JOB_RUNS : STAGE_RUNS)
                .addTag("project", event.projectId())
                .addTag("ref", event.ref())
                .addTag("status", event.status())
                .addTag("source", event.source());
        String identity = event.jobId();
        if (!event.isJob()) {
            point.addTag("stage", event.stage());
            identity = event.jobId() + "/" + event.stage();
        } else {
            // pipeline: a few names per project, a tag; commit: one per change, a field (as job_id, unbounded)
            point.addTag("pipeline", event.pipeline());
            if (!event.commit().isEmpty()) {
                point.addField("commit", event.commit());
            }
            if (event.queueMs() != null) {
                point.addField("queue_ms", event.queueMs());
            }
        }
        return point.addField("duration_ms", event.durationMs())
                .addField("attempt", event.attempt())
                .addField("job_id", event.jobId())
                .time(timestampNanos(event.finishedAt(), identity), WritePrecision.NS)
                .toLineProtocol();
    }

    static String of(DeploymentEvent event) {
        return Point.measurement(DEPLOYMENTS)
                .addTag("project", event.projectId())
                .addTag("environment", event.environment())
                .addTag("status", event.status())
                .addField("deployment_id", event.deploymentId())
                .addField("version", event.version())
                .addField("commit", event.commit())
                .addField(
                        "lead_time_ms",
                        event.deployedAt().toEpochMilli() - event.committedAt().toEpochMilli())
                .addField("committed_at_ms", event.committedAt().toEpochMilli())
                .time(timestampNanos(event.deployedAt(), event.deploymentId()), WritePrecision.NS)
                .toLineProtocol();
    }

    /**
     * One series per incident (tag {@code incident_id}); each revision is its own point at {@code detectedAt} plus
     * the revision as nanoseconds, so a redelivered revision overwrites itself while an older revision arriving late
     * cannot overwrite a newer one: readers keep the highest {@code revision} of each incident.
     */
    static String of(IncidentEvent event) {
        Point point = Point.measurement(INCIDENTS)
                .addTag("incident_id", event.incidentId())
                .addTag("project", event.projectId())
                .addTag("environment", event.environment())
                .addField("revision", event.revision())
                .addField("status", event.status())
                .addField("title", event.title())
                .addField("deployment_id", event.deploymentId())
                .addField("linked_by", event.linkedBy())
                .addField("source", event.source())
                .addField("external_id", event.externalId());
        if (event.resolvedAt() != null) {
            // restore_ms for Grafana's InfluxQL panels; metrics-service computes from resolved_at_ms itself
            point.addField("resolved_at_ms", event.resolvedAt().toEpochMilli())
                    .addField(
                            "restore_ms",
                            Math.max(
                                    0,
                                    event.resolvedAt().toEpochMilli()
                                            - event.detectedAt().toEpochMilli()));
        }
        long nanos = Math.addExact(
                Math.multiplyExact(event.detectedAt().toEpochMilli(), 1_000_000L), event.revision() % 1_000_000L);
        return point.time(nanos, WritePrecision.NS).toLineProtocol();
    }

    static long timestampNanos(Instant time, String identity) {
        CRC32 crc = new CRC32();
        crc.update(identity.getBytes(StandardCharsets.UTF_8));
        return Math.addExact(Math.multiplyExact(time.toEpochMilli(), 1_000_000L), crc.getValue() % 1_000_000L);
    }
}
