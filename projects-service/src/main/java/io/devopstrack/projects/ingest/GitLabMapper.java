package io.devopstrack.projects.ingest;

import io.devopstrack.events.PipelineRun;
import io.devopstrack.events.Progress;
import io.devopstrack.projects.deployment.DeploymentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * GitLab payloads (Pipeline, Job, Push and Deployment Hook) → events. GitLab retries a job inside the same
 * pipeline, so a pipeline is one job (attempt 1) whose retried stage shows its latest try; a new pipeline is a
 * new job. A pipeline's start is its earliest build start (the hook has no {@code started_at}).
 */
public final class GitLabMapper {

    private static final String SOURCE = "gitlab";
    private static final Pattern FULL_SHA = Pattern.compile("[0-9a-f]{40}");

    private GitLabMapper() {}

    public static List<NormalizedEvent> map(String event, JsonNode payload) {
        return switch (event) {
            case "Pipeline Hook" -> pipeline(payload);
            case "Job Hook" -> job(payload);
            case "Push Hook" -> CommitSeen.ofPush(payload);
            case "Deployment Hook" -> deployment(payload);
            default -> List.of();
        };
    }

    private static List<NormalizedEvent> pipeline(JsonNode payload) {
        JsonNode pipeline = payload.path("object_attributes");
        PipelineRun run = run(payload, pipeline, Json.text(pipeline, "id"), Json.text(pipeline, "name"));
        List<NormalizedEvent> events = new ArrayList<>();
        Instant firstStart = null;
        Instant lastChange = SourceTimes.at(pipeline, "created_at");
        for (JsonNode build : payload.path("builds")) {
            StageEvent stage = stage(build, "", run, Json.text(payload, "project.web_url"));
            if (stage != null) {
                events.add(stage);
                Instant stageStart = stage.progress().startedAt();
                if (stageStart != null && (firstStart == null || stageStart.isBefore(firstStart))) {
                    firstStart = stageStart;
                }
                lastChange = SourceTimes.latest(lastChange, stage.progress().updatedAt());
            }
        }
        String status = Statuses.run(Json.text(pipeline, "status"), null);
        if (status != null) {
            Instant finishedAt = SourceTimes.at(pipeline, "finished_at");
            events.add(
                    0,
                    new RunEvent(
                            run,
                            Json.text(pipeline, "url"),
                            Json.text(payload, "user.username"),
                            SourceTimes.at(pipeline, "created_at"),
                            new Progress(
                                    status,
                                    status.equals("QUEUED") ? null : firstStart,
                                    finishedAt,
                                    SourceTimes.latest(lastChange, finishedAt))));
        }
        CommitSeen.addIfKnown(
                events, Json.text(payload, "commit.id"), SourceTimes.at(payload.path("commit"), "timestamp"));
        return events;
    }

    private static List<NormalizedEvent> job(JsonNode payload) {
        PipelineRun run = run(payload, payload, Json.text(payload, "pipeline_id"), Json.text(payload, "commit.name"));
        String home = Json.or(Json.text(payload, "repository.homepage"), Json.text(payload, "project.web_url"));
        StageEvent stage = stage(payload, "build_", run, home);
        return stage == null ? List.of() : List.of(stage);
    }

    /** Attempt 1 always (see above); a pipeline without a name goes by its project's path. */
    private static PipelineRun run(JsonNode payload, JsonNode pipeline, String id, String name) {
        return new PipelineRun(
                SOURCE,
                id,
                1,
                Json.or(name, Json.text(payload, "project.path_with_namespace")),
                Json.text(pipeline, "ref"),
                Json.text(pipeline, "sha"));
    }

    /**
     * A build as a stage, from a Pipeline Hook's {@code builds} or from a Job Hook, which names the same fields with
     * a {@code build_} prefix; its page is under the project's web URL. Null for a status that is not a stage's.
     */
    private static StageEvent stage(JsonNode build, String prefix, PipelineRun run, String home) {
        String status = Statuses.stage(Json.text(build, prefix + "status"), null);
        if (status == null) {
            return null;
        }
        Instant startedAt = SourceTimes.at(build, prefix + "started_at");
        Instant finishedAt = SourceTimes.at(build, prefix + "finished_at");
        String id = Json.text(build, prefix + "id");
        return new StageEvent(
                run,
                id,
                Json.text(build, prefix + "name"),
                new Progress(
                        status,
                        startedAt,
                        finishedAt,
                        SourceTimes.latest(SourceTimes.at(build, prefix + "created_at"), startedAt, finishedAt)),
                home == null ? null : home + "/-/jobs/" + id);
    }

    /** The hook names the commit by its short sha and its URL; the URL's last segment is the full sha. */
    private static List<NormalizedEvent> deployment(JsonNode payload) {
        DeploymentStatus status = Statuses.deployment(Json.text(payload, "status"));
        if (status == null) {
            return List.of();
        }
        String url = Json.text(payload, "commit_url");
        String last = url == null ? "" : url.substring(url.lastIndexOf('/') + 1);
        String commit = FULL_SHA.matcher(last).matches() ? last : Json.text(payload, "short_sha");
        Instant at = SourceTimes.at(payload, "status_changed_at");
        return List.of(new DeploymentSeen(
                SOURCE,
                Json.text(payload, "deployment_id"),
                Json.text(payload, "environment"),
                commit,
                null,
                status,
                at,
                at));
    }
}
