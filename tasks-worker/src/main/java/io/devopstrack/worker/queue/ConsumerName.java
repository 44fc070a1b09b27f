package io.devopstrack.worker.queue;

import io.devopstrack.jobs.redis.ConsumerNames;
import io.devopstrack.worker.config.WorkerProperties;
import org.springframework.stereotype.Component;

/** This worker's consumer name in the group: unique per process, so a restarted worker is a new consumer. */
@Component
public class ConsumerName {

    private final String value;

    public ConsumerName(WorkerProperties properties) {
        this.value = ConsumerNames.orUnique(properties.consumerName());
    }

    public String value() {
        return value;
    }
}
