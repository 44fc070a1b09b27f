package io.devopstrack.metrics.ingestion;

import io.devopstrack.events.DeploymentEvent;
import io.devopstrack.events.ExecutionEvent;
import io.devopstrack.events.IncidentEvent;
import io.devopstrack.events.InvalidEvent;
import io.lettuce.core.StreamMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a page of stream entries into one WriteApi record: a line of line protocol per entry, joined by newlines.
 * An entry that cannot become a point is left out and reported, so that it is acknowledged rather than retried.
 */
record PageEncoder(String executionsStream, String incidentsStream) {

    Page encode(List<StreamMessage<String, String>> messages) {
        StringBuilder record = new StringBuilder(messages.size() * 160);
        List<EntryRef> entries = new ArrayList<>(messages.size());
        List<EntryRef> skipped = new ArrayList<>(0);
        List<Rejection> rejections = new ArrayList<>(0);
        List<FinishedJob> jobs = new ArrayList<>();
        for (StreamMessage<String, String> message : messages) {
            EntryRef entry = new EntryRef(message.getStream(), message.getId());
            if (message.getBody() == null || message.getBody().isEmpty()) {
                skipped.add(entry); // trimmed from the stream while pending: nothing left to store
                continue;
            }
            try {
                String line = toLine(message, jobs);
                if (!record.isEmpty()) {
                    record.append('\n');
                }
                record.append(line);
                entries.add(entry);
            } catch (InvalidEvent e) {
                skipped.add(entry);
                rejections.add(new Rejection(entry, e.getMessage()));
            }
        }
        return new Page(record.toString(), entries, skipped, rejections, jobs);
    }

    private String toLine(StreamMessage<String, String> message, List<FinishedJob> jobs) {
        if (message.getStream().equals(executionsStream)) {
            ExecutionEvent event = ExecutionEvent.from(message.getBody());
            String line = Points.of(event);
            if (event.isJob()) {
                jobs.add(new FinishedJob(event.source(), event.status()));
            }
            return line;
        }
        if (message.getStream().equals(incidentsStream)) {
            return Points.of(IncidentEvent.from(message.getBody()));
        }
        return Points.of(DeploymentEvent.from(message.getBody()));
    }

    /**
     * @param record     the lines of {@code entries}, in order, joined by newlines
     * @param skipped    entries with nothing to store (trimmed, or rejected): acknowledged at once
     * @param rejections the malformed ones among {@code skipped}, with the reason
     * @param jobs       the finished jobs among {@code entries} (stages are not counted)
     */
    record Page(
            String record,
            List<EntryRef> entries,
            List<EntryRef> skipped,
            List<Rejection> rejections,
            List<FinishedJob> jobs) {}

    /** A finished job's source and status, for the Prometheus counter of finished jobs by source. */
    record FinishedJob(String source, String status) {}

    record Rejection(EntryRef entry, String reason) {}
}
