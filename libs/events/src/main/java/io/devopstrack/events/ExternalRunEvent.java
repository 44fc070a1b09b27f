package io.devopstrack.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One entry of {@code devopstrack:external-runs} (docs/contracts.md, "Run events"): a run's or a stage's state as
 * its CI system reported it, written by projects-service ({@link #fields()}) and read by tasks-service
 * ({@link #from}); all fields strings on the wire, empty when unknown, null here. {@code externalUrl} is the run's
 * or the stage's page; {@code triggeredBy} and {@code createdAt} are a run's, {@code stageId} and {@code stage} a
 * stage's (null for the other kind).
 */
public record ExternalRunEvent(
        Kind kind,
        PipelineRun run,
        String projectId,
        String deliveryId,
        Progress progress,
        String externalUrl,
        String triggeredBy,
        Instant createdAt,
        String stageId,
        String stage) {

    public enum Kind {
        RUN,
        STAGE
    }

    public static final Set<String> SOURCES = Set.of("github", "gitlab", "cdevents");
    private static final Set<String> RUN_STATUSES = Set.of("QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED");
    private static final Set<String> STAGE_STATUSES =
            Set.of("QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED", "SKIPPED");

    public static ExternalRunEvent from(Map<String, String> body) {
        EventFields fields = new EventFields(body);
        Kind kind = switch (fields.text("kind")) {
            case "run" -> Kind.RUN;
            case "stage" -> Kind.STAGE;
            default -> throw new InvalidEvent("field kind is neither run nor stage");
        };
        String stageId = fields.known("stageId");
        String stage = fields.known("stage");
        if (kind == Kind.STAGE && stageId == null && stage == null) {
            throw new InvalidEvent("a stage without stageId or name");
        }
        String url = fields.known(kind == Kind.RUN ? "externalUrl" : "stageUrl");
        return new ExternalRunEvent(
                kind,
                new PipelineRun(
                        fields.oneOf("source", SOURCES),
                        fields.text("externalId"),
                        attempt(fields.known("attempt")),
                        fields.known("pipeline"),
                        fields.known("ref"),
                        fields.known("commit")),
                fields.text("projectId"),
                fields.known("deliveryId"),
                new Progress(
                        fields.oneOf("status", kind == Kind.RUN ? RUN_STATUSES : STAGE_STATUSES),
                        fields.optionalInstant("startedAt"),
                        fields.optionalInstant("finishedAt"),
                        fields.optionalInstant("updatedAt")),
                url,
                kind == Kind.RUN ? fields.known("triggeredBy") : null,
                kind == Kind.RUN ? fields.optionalInstant("createdAt") : null,
                stageId,
                stage == null ? stageId : stage);
    }

    /** The stream entry: which run of which pipeline first, then the run's or the stage's own fields. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "projectId", projectId);
        put(fields, "deliveryId", deliveryId);
        put(fields, "kind", kind == Kind.RUN ? "run" : "stage");
        put(fields, "source", run.source());
        put(fields, "externalId", run.externalId());
        put(fields, "attempt", Integer.toString(run.attempt()));
        put(fields, "pipeline", run.pipeline());
        put(fields, "ref", run.ref());
        put(fields, "commit", run.commit());
        if (kind == Kind.RUN) {
            put(fields, "externalUrl", externalUrl);
            put(fields, "triggeredBy", triggeredBy);
            put(fields, "createdAt", EventFields.orEmpty(createdAt));
        } else {
            put(fields, "stageId", stageId);
            put(fields, "stage", stage);
            put(fields, "stageUrl", externalUrl);
        }
        put(fields, "status", progress.status());
        put(fields, "startedAt", EventFields.orEmpty(progress.startedAt()));
        put(fields, "finishedAt", EventFields.orEmpty(progress.finishedAt()));
        put(fields, "updatedAt", EventFields.orEmpty(progress.updatedAt()));
        return fields;
    }

    private static void put(Map<String, String> fields, String name, String value) {
        fields.put(name, EventFields.orEmpty(value));
    }

    private static int attempt(String value) {
        try {
            int attempt = value == null ? 1 : Integer.parseInt(value.trim());
            if (attempt < 1) {
                throw new InvalidEvent("field attempt is below 1");
            }
            return attempt;
        } catch (NumberFormatException e) {
            throw new InvalidEvent("field attempt is not a number");
        }
    }
}
