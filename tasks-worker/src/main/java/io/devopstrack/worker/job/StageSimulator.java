package io.devopstrack.worker.job;

import io.devopstrack.worker.config.WorkerProperties;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/** Simulates one stage: waits a random time within the configured bounds, then fails at the configured rate. */
@Component
public class StageSimulator {

    private final WorkerProperties properties;

    public StageSimulator(WorkerProperties properties) {
        this.properties = properties;
    }

    /** Runs the stage and answers whether it succeeded. */
    public boolean run(String stage) throws InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long duration = properties.stageMaxMs() == properties.stageMinMs()
                ? properties.stageMinMs()
                : random.nextLong(properties.stageMinMs(), properties.stageMaxMs() + 1);
        if (duration > 0) {
            Thread.sleep(duration);
        }
        return properties.failureRate() <= 0 || random.nextDouble() >= properties.failureRate();
    }
}
