package io.devopstrack.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One entry of {@code devopstrack:external-runs} (docs/contracts.md, "Run events"): a run's or a stage's state as
 * its CI system reported it, written by projects-service ({@link #fields()}) and read by tasks-service
 * ({@link #from}); all fields strings on the wire, empty when unknown, null here. {@code externalUrl} is the run's
 * or the stage's page; {@code subject} says which of the two the entry is about.
 */
public record ExternalRunEvent(
        PipelineRun run, String projectId, String deliveryId, Progress progress, String externalUrl, Subject subject) {

    public enum Kind {
        RUN,
        STAGE
    }

    /** What an entry is about: the run itself, or one of its stages. */
    public sealed interface Subject permits RunSubject, StageSubject {}

    /** The run itself: who triggered it and when it was created, null when its system does not say. */
    public record RunSubject(String triggeredBy, Instant createdAt) implements Subject {}

    /** One of the run's stages: its id in the CI system, and its name (its id when the system names none). */
    public record StageSubject(String id, String name) implements Subject {}

    public static final Set<String> SOURCES = Set.of("github", "gitlab", "cdevents");
    private static final Set<String> RUN_STATUSES = Set.of("QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED");
    private static final Set<String> STAGE_STATUSES =
            Set.of("QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED", "SKIPPED");

    public Kind kind() {
        return subject instanceof StageSubject ? Kind.STAGE : Kind.RUN;
    }

    /** Who triggered the run; null for a stage's entry. */
    public String triggeredBy() {
        return subject instanceof RunSubject run ? run.triggeredBy() : null;
    }

    /** When the run was created; null for a stage's entry. */
    public Instant createdAt() {
        return subject instanceof RunSubject run ? run.createdAt() : null;
    }

    /** The stage's id in its CI system; null for a run's entry. */
    public String stageId() {
        return subject instanceof StageSubject stage ? stage.id() : null;
    }

    /** The stage's name; null for a run's entry. */
    public String stage() {
        return subject instanceof StageSubject stage ? stage.name() : null;
    }

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
        Subject subject = kind == Kind.RUN
                ? new RunSubject(fields.known("triggeredBy"), fields.optionalInstant("createdAt"))
                : new StageSubject(stageId, stage == null ? stageId : stage);
        return new ExternalRunEvent(
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
                fields.known(kind == Kind.RUN ? "externalUrl" : "stageUrl"),
                subject);
    }

    /** The stream entry: which run of which pipeline first, then the run's or the stage's own fields. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "projectId", projectId);
        put(fields, "deliveryId", deliveryId);
        put(fields, "kind", kind() == Kind.RUN ? "run" : "stage");
        put(fields, "source", run.source());
        put(fields, "externalId", run.externalId());
        put(fields, "attempt", Integer.toString(run.attempt()));
        put(fields, "pipeline", run.pipeline());
        put(fields, "ref", run.ref());
        put(fields, "commit", run.commit());
        if (subject instanceof StageSubject stage) {
            put(fields, "stageId", stage.id());
            put(fields, "stage", stage.name());
            put(fields, "stageUrl", externalUrl);
        } else if (subject instanceof RunSubject theRun) {
            put(fields, "externalUrl", externalUrl);
            put(fields, "triggeredBy", theRun.triggeredBy());
            put(fields, "createdAt", EventFields.orEmpty(theRun.createdAt()));
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
