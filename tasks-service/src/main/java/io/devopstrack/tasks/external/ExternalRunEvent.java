package io.devopstrack.tasks.external;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * One entry of {@code devopstrack:external-runs} (docs/contracts.md, "Run events"): a run's or a stage's state as
 * its CI system reported it, all fields strings on the wire, empty when unknown. {@code status} is a job status
 * name, or SKIPPED for a stage; {@code updatedAt} is the source's own time of this state.
 */
record ExternalRunEvent(
        Kind kind,
        String source,
        String projectId,
        String externalId,
        int attempt,
        String pipeline,
        String ref,
        String commit,
        String status,
        Instant startedAt,
        Instant finishedAt,
        Instant updatedAt,
        String externalUrl,
        String triggeredBy,
        Instant createdAt,
        String stageId,
        String stage,
        String stageUrl) {

    enum Kind {
        RUN,
        STAGE
    }

    static final Set<String> SOURCES = Set.of("github", "gitlab", "cdevents");
    private static final Set<String> RUN_STATUSES = Set.of("QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED");
    private static final Set<String> STAGE_STATUSES =
            Set.of("QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED", "SKIPPED");

    static ExternalRunEvent from(Map<String, String> fields) {
        Kind kind = switch (text(fields, "kind")) {
            case "run" -> Kind.RUN;
            case "stage" -> Kind.STAGE;
            default -> throw new InvalidRunEvent("kind is neither run nor stage");
        };
        String source = text(fields, "source");
        if (!SOURCES.contains(source)) {
            throw new InvalidRunEvent("unknown source " + source);
        }
        String status = text(fields, "status");
        if (!(kind == Kind.RUN ? RUN_STATUSES : STAGE_STATUSES).contains(status)) {
            throw new InvalidRunEvent("unknown status " + status);
        }
        String stageId = optional(fields, "stageId");
        String stage = optional(fields, "stage");
        if (kind == Kind.STAGE && stageId == null && stage == null) {
            throw new InvalidRunEvent("a stage without stageId or name");
        }
        return new ExternalRunEvent(
                kind,
                source,
                text(fields, "projectId"),
                text(fields, "externalId"),
                attempt(optional(fields, "attempt")),
                optional(fields, "pipeline"),
                optional(fields, "ref"),
                optional(fields, "commit"),
                status,
                time(fields, "startedAt"),
                time(fields, "finishedAt"),
                time(fields, "updatedAt"),
                optional(fields, "externalUrl"),
                optional(fields, "triggeredBy"),
                time(fields, "createdAt"),
                stageId,
                stage == null ? stageId : stage,
                optional(fields, "stageUrl"));
    }

    private static String text(Map<String, String> fields, String name) {
        String value = optional(fields, name);
        if (value == null) {
            throw new InvalidRunEvent("missing " + name);
        }
        return value;
    }

    private static String optional(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static int attempt(String value) {
        try {
            int attempt = value == null ? 1 : Integer.parseInt(value.trim());
            if (attempt < 1) {
                throw new InvalidRunEvent("attempt below 1");
            }
            return attempt;
        } catch (NumberFormatException e) {
            throw new InvalidRunEvent("attempt is not a number");
        }
    }

    private static Instant time(Map<String, String> fields, String name) {
        String value = optional(fields, name);
        try {
            return value == null ? null : Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRunEvent(name + " is not an ISO-8601 instant");
        }
    }

    /** A stream entry that can never become a job: acknowledged and logged, never retried. */
    static final class InvalidRunEvent extends RuntimeException {
        InvalidRunEvent(String message) {
            super(message);
        }
    }
}
