package io.devopstrack.projects.ingest;

import io.devopstrack.events.PipelineRun;
import io.devopstrack.events.Progress;
import io.devopstrack.projects.deployment.DeploymentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** GitHub payloads ({@code workflow_run}, {@code workflow_job}, {@code push}, {@code deployment_status}) → events. */
public final class GitHubMapper {

    private static final String SOURCE = "github";

    private GitHubMapper() {}

    public static List<NormalizedEvent> map(String event, JsonNode payload) {
        return switch (event) {
            case "workflow_run" -> workflowRun(payload);
            case "workflow_job" -> workflowJob(payload.path("workflow_job"));
            case "push" -> CommitSeen.ofPush(payload);
            case "deployment_status" -> deploymentStatus(payload);
            default -> List.of();
        };
    }

    private static List<NormalizedEvent> workflowRun(JsonNode payload) {
        JsonNode run = payload.path("workflow_run");
        String status = Statuses.run(Json.text(run, "status"), Json.text(run, "conclusion"));
        if (status == null) {
            return List.of();
        }
        Instant updatedAt = SourceTimes.at(run, "updated_at");
        boolean started = !status.equals("QUEUED");
        boolean finished = started && !status.equals("RUNNING");
        List<NormalizedEvent> events = new ArrayList<>();
        events.add(new RunEvent(
                new PipelineRun(
                        SOURCE,
                        Json.text(run, "id"),
                        Json.intOr(run, "run_attempt", 1),
                        // the name may be empty in real payloads: then the workflow's name, else its file
                        Json.firstText(payload, "workflow_run.name", "workflow.name", "workflow_run.path"),
                        Json.text(run, "head_branch"),
                        Json.text(run, "head_sha")),
                Json.text(run, "html_url"),
                Json.or(
                        Json.firstText(run, "triggering_actor.login", "actor.login"),
                        Json.text(payload, "sender.login")),
                SourceTimes.at(run, "created_at"),
                new Progress(
                        status,
                        started ? SourceTimes.at(run, "run_started_at") : null,
                        finished ? updatedAt : null,
                        updatedAt)));
        CommitSeen.addIfKnown(
                events, Json.text(run, "head_sha"), SourceTimes.parse(Json.text(run, "head_commit.timestamp")));
        return events;
    }

    private static List<NormalizedEvent> workflowJob(JsonNode job) {
        String status = Statuses.stage(Json.text(job, "status"), Json.text(job, "conclusion"));
        if (status == null) {
            return List.of();
        }
        Instant startedAt = status.equals("QUEUED") ? null : SourceTimes.at(job, "started_at");
        Instant finishedAt = SourceTimes.at(job, "completed_at");
        PipelineRun run = new PipelineRun(
                SOURCE,
                Json.text(job, "run_id"),
                Json.intOr(job, "run_attempt", 1),
                Json.text(job, "workflow_name"),
                Json.text(job, "head_branch"),
                Json.text(job, "head_sha"));
        return List.of(new StageEvent(
                run,
                Json.text(job, "id"),
                Json.text(job, "name"),
                new Progress(
                        status,
                        startedAt,
                        finishedAt,
                        SourceTimes.latest(SourceTimes.at(job, "created_at"), startedAt, finishedAt)),
                Json.text(job, "html_url")));
    }

    private static List<NormalizedEvent> deploymentStatus(JsonNode payload) {
        JsonNode status = payload.path("deployment_status");
        JsonNode deployment = payload.path("deployment");
        DeploymentStatus mapped = Statuses.deployment(Json.text(status, "state"));
        if (mapped == null) {
            return List.of();
        }
        Instant at = SourceTimes.at(status, "created_at");
        return List.of(new DeploymentSeen(
                SOURCE,
                Json.text(deployment, "id"),
                Json.or(Json.text(status, "environment"), Json.text(deployment, "environment")),
                Json.text(deployment, "sha"),
                null,
                mapped,
                at,
                SourceTimes.latest(at, SourceTimes.at(status, "updated_at"))));
    }
}
