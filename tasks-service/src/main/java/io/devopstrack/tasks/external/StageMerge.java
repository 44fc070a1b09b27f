package io.devopstrack.tasks.external;

import static io.devopstrack.tasks.external.Known.first;

import io.devopstrack.events.ExternalRunEvent;
import io.devopstrack.events.Progress;
import io.devopstrack.jobs.Stage;
import io.devopstrack.jobs.StageStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The stages of an external job: one per job of the run in its system, found by that id (by name when the source
 * names no id), in the order first seen. A stage only moves forward, PENDING &lt; RUNNING &lt; final, and a final
 * stage is never left; what an event knows that the stage does not (a start time, a URL) is kept.
 */
final class StageMerge {

    private StageMerge() {}

    /** The stages after {@code incoming}, the stage {@code event} reports. */
    static List<Stage> merge(List<Stage> stored, ExternalRunEvent event, Stage incoming) {
        List<Stage> stages = new ArrayList<>(stored);
        int index = find(stages, event);
        if (index < 0) {
            stages.add(incoming);
        } else if (index < stages.size()) {
            stages.set(index, mergeStage(stages.get(index), incoming));
        } // else: an older try of a GitLab job than the one shown: nothing changes
        return stages;
    }

    /**
     * The stage's index; -1 when it is new; {@code stages.size()} when the event is an older try of a GitLab job
     * (GitLab retries a job inside the same pipeline under a new, larger id, and the job shows its latest try).
     */
    private static int find(List<Stage> stages, ExternalRunEvent event) {
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (event.stageId() != null
                    ? event.stageId().equals(stage.externalId())
                    : stage.externalId() == null && stage.name().equals(event.stage())) {
                return i;
            }
        }
        if (event.run().source().equals("gitlab") && event.stageId() != null) {
            for (int i = 0; i < stages.size(); i++) {
                Stage stage = stages.get(i);
                if (stage.name().equals(event.stage()) && stage.externalId() != null) {
                    return laterTry(event.stageId(), stage.externalId()) ? i : stages.size();
                }
            }
        }
        return -1;
    }

    private static boolean laterTry(String incomingId, String storedId) {
        try {
            return Long.parseLong(incomingId) > Long.parseLong(storedId);
        } catch (NumberFormatException e) {
            return incomingId.compareTo(storedId) > 0;
        }
    }

    /** The stage as the event reports it. */
    static Stage stage(ExternalRunEvent event, Instant now) {
        Progress progress = event.progress();
        StageStatus status =
                progress.status().equals("QUEUED") ? StageStatus.PENDING : StageStatus.valueOf(progress.status());
        Instant startedAt = Known.started(progress.startedAt(), status == StageStatus.RUNNING, progress, now);
        Instant finishedAt = Known.finished(status.isFinished(), progress, now);
        return new Stage(event.stage(), status, startedAt, finishedAt, event.stageId(), event.externalUrl());
    }

    private static Stage mergeStage(Stage stored, Stage incoming) {
        if (!Objects.equals(incoming.externalId(), stored.externalId())) {
            return incoming; // a later try of a GitLab job replaces the earlier one
        }
        boolean forward = !stored.status().isFinished() && rank(incoming.status()) >= rank(stored.status());
        Stage kept = forward ? incoming : stored;
        Stage other = forward ? stored : incoming;
        return new Stage(
                kept.name(),
                kept.status(),
                first(stored.startedAt(), incoming.startedAt()),
                kept.finishedAt(),
                kept.externalId(),
                first(kept.externalUrl(), other.externalUrl()));
    }

    private static int rank(StageStatus status) {
        return status.isFinished() ? 2 : status == StageStatus.RUNNING ? 1 : 0;
    }
}
