package io.devopstrack.metrics.ingestion;

import io.lettuce.core.StreamMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a page read from the streams to the next writer as one record, and acknowledges at once the entries that
 * can never become a point (logged and counted): they would never succeed, and must not block the stream.
 */
record PageSubmitter(PageEncoder encoder, Writers writers, Acknowledger acknowledger, IngestionMetrics metrics) {

    private static final Logger log = LoggerFactory.getLogger(PageSubmitter.class);

    void submit(List<StreamMessage<String, String>> messages) {
        if (messages == null || messages.isEmpty()) {
            return;
        }
        PageEncoder.Page page = encoder.encode(messages);
        for (PageEncoder.Rejection rejection : page.rejections()) {
            metrics.eventRejected();
            log.warn(
                    "skipping entry {} of {}: {}",
                    rejection.entry().id(),
                    rejection.entry().stream(),
                    rejection.reason());
        }
        for (PageEncoder.FinishedJob job : page.jobs()) {
            metrics.jobFinished(job.source(), job.status());
        }
        acknowledger.acknowledge(page.skipped());
        if (!page.entries().isEmpty()) {
            writers.write(page.record(), page.entries());
        }
    }
}
