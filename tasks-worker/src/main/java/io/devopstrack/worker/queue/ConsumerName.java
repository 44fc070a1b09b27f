package io.devopstrack.worker.queue;

import io.devopstrack.worker.config.WorkerProperties;
import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** This worker's consumer name in the group: unique per process, so a restarted worker is a new consumer. */
@Component
public class ConsumerName {

    private final String value;

    public ConsumerName(WorkerProperties properties) {
        String configured = properties.consumerName();
        this.value = configured == null || configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "-"
                        + UUID.randomUUID().toString().substring(0, 8)
                : configured;
    }

    public String value() {
        return value;
    }
}
