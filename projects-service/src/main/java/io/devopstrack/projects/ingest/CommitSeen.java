package io.devopstrack.projects.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A commit's time, learnt from any event that carries it. */
public record CommitSeen(String sha, Instant committedAt) implements NormalizedEvent {

    /** Adds the commit to the events when both its sha and its time are known. */
    static void addIfKnown(List<NormalizedEvent> events, String sha, Instant committedAt) {
        if (sha != null && committedAt != null) {
            events.add(new CommitSeen(sha, committedAt));
        }
    }

    /** The commits of a push, GitHub's or GitLab's: both send {@code commits: [{id, timestamp, ...}]}. */
    static List<NormalizedEvent> ofPush(JsonNode payload) {
        List<NormalizedEvent> events = new ArrayList<>();
        for (JsonNode commit : payload.path("commits")) {
            addIfKnown(events, Json.text(commit, "id"), SourceTimes.at(commit, "timestamp"));
        }
        return events;
    }
}
