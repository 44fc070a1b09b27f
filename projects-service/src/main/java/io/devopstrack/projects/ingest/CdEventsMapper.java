package io.devopstrack.projects.ingest;

import io.devopstrack.events.PipelineRun;
import io.devopstrack.events.Progress;
import io.devopstrack.projects.deployment.DeploymentStatus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * CDEvents 0.3 and 0.4 ({@code context}, {@code subject}, optional {@code customData}) → events. The spec names no
 * commit on runs, merges or deployments: it is read from {@code customData.commit} (a merge's subject id also
 * counts when it is a hex sha), and a run's ref from {@code customData.ref}. The event's time is
 * {@code context.timestamp}; a deployment's version is its artifact's purl version.
 */
public final class CdEventsMapper {

    private static final String SOURCE = "cdevents";
    private static final Pattern TYPE = Pattern.compile("dev\\.cdevents\\.([a-z]+)\\.([a-z]+)\\..*");
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{7,40}");

    private CdEventsMapper() {}

    public static List<NormalizedEvent> map(String type, JsonNode event) {
        Matcher matcher = TYPE.matcher(type);
        if (!matcher.matches()) {
            return List.of();
        }
        String subject = matcher.group(1);
        String predicate = matcher.group(2);
        Instant at = SourceTimes.at(event.path("context"), "timestamp");
        JsonNode content = event.path("subject").path("content");
        String subjectId = Json.text(event, "subject.id");
        String commit = Json.text(event, "customData.commit");
        return switch (subject) {
            case "pipelinerun" -> List.of(run(predicate, at, subjectId, content, commit, event));
            case "taskrun" -> taskRun(predicate, at, subjectId, content, commit, event);
            case "change" -> merged(predicate, at, subjectId, commit);
            case "service" -> deployment(predicate, at, content, commit, event);
            case "incident" -> incident(predicate, at, subjectId, content);
            default -> List.of();
        };
    }

    private static RunEvent run(
            String predicate, Instant at, String id, JsonNode content, String commit, JsonNode event) {
        String status = status(predicate, content);
        return new RunEvent(
                new PipelineRun(
                        SOURCE, id, 1, Json.text(content, "pipelineName"), Json.text(event, "customData.ref"), commit),
                Json.text(content, "url"),
                null,
                predicate.equals("queued") ? at : null,
                new Progress(
                        status, predicate.equals("started") ? at : null, predicate.equals("finished") ? at : null, at));
    }

    private static List<NormalizedEvent> taskRun(
            String predicate, Instant at, String id, JsonNode content, String commit, JsonNode event) {
        String runId = Json.text(content, "pipelineRun.id");
        if (runId == null) {
            return List.of();
        }
        // a task run names its pipeline run by id only
        PipelineRun run = new PipelineRun(SOURCE, runId, 1, null, Json.text(event, "customData.ref"), commit);
        return List.of(new StageEvent(
                run,
                id,
                Json.or(Json.text(content, "taskName"), id),
                new Progress(
                        status(predicate, content),
                        predicate.equals("started") ? at : null,
                        predicate.equals("finished") ? at : null,
                        at),
                Json.text(content, "url")));
    }

    /** finished: outcome success → SUCCEEDED, failure/error → FAILED, cancel(l)ed → CANCELLED, none → by errors. */
    private static String status(String predicate, JsonNode content) {
        return switch (predicate) {
            case "queued" -> "QUEUED";
            case "started" -> "RUNNING";
            default -> {
                String outcome = Json.text(content, "outcome");
                if (outcome == null) {
                    yield Json.text(content, "errors") == null ? "SUCCEEDED" : "FAILED";
                }
                String mapped = Statuses.run(outcome, null);
                yield mapped == null || mapped.equals("QUEUED") || mapped.equals("RUNNING") ? "FAILED" : mapped;
            }
        };
    }

    private static List<NormalizedEvent> merged(String predicate, Instant at, String subjectId, String commit) {
        String sha = commit != null ? commit : subjectId;
        if (!predicate.equals("merged")
                || at == null
                || sha == null
                || !SHA.matcher(sha).matches()) {
            return List.of();
        }
        return List.of(new CommitSeen(sha, at));
    }

    private static List<NormalizedEvent> deployment(
            String predicate, Instant at, JsonNode content, String commit, JsonNode event) {
        DeploymentStatus status = switch (predicate) {
            case "deployed", "upgraded" -> DeploymentStatus.SUCCEEDED;
            case "rolledback" -> DeploymentStatus.ROLLED_BACK;
            default -> null;
        };
        String environment = Json.or(Json.text(content, "environment.id"), Json.text(content, "environment.name"));
        if (status == null || environment == null) {
            return List.of();
        }
        String deploymentId = Json.text(event, "context.source") + " " + Json.text(event, "context.id");
        return List.of(new DeploymentSeen(
                SOURCE,
                deploymentId,
                environment,
                commit,
                purlVersion(Json.text(content, "artifactId")),
                status,
                at,
                at));
    }

    /**
     * {@code incident.detected|reported} opens, {@code incident.resolved} resolves, at {@code context.timestamp}; the
     * subject id identifies the incident, its {@code description} is the title, its environment the environment
     * (else {@code production}). A resolution of an incident never seen detected records nothing (its start is
     * unknown).
     */
    private static List<NormalizedEvent> incident(String predicate, Instant at, String id, JsonNode content) {
        if (at == null || id == null) {
            return List.of();
        }
        String environment = Json.or(
                Json.text(content, "environment.id"), Json.or(Json.text(content, "environment.name"), "production"));
        String title = Json.or(Json.text(content, "description"), "incident " + id);
        title = title.length() > 200 ? title.substring(0, 200) : title;
        return switch (predicate) {
            case "detected", "reported" -> List.of(new IncidentSeen(SOURCE, id, id, environment, title, at, null));
            case "resolved" -> List.of(new IncidentSeen(SOURCE, id, id, environment, title, null, at));
            default -> List.of();
        };
    }

    /** {@code pkg:oci/myapp@sha256%3A0b31…} → {@code sha256:0b31…}; {@code pkg:maven/a/b@1.2.0} → {@code 1.2.0}. */
    static String purlVersion(String purl) {
        if (purl == null || !purl.contains("@")) {
            return null;
        }
        String version = purl.substring(purl.lastIndexOf('@') + 1);
        int end = version.indexOf('?') >= 0 ? version.indexOf('?') : version.indexOf('#');
        return URLDecoder.decode(end >= 0 ? version.substring(0, end) : version, StandardCharsets.UTF_8);
    }
}
