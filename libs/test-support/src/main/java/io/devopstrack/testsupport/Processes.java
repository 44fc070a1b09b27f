package io.devopstrack.testsupport;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The servers a test starts as processes of its own (InfluxDB, Prometheus, Alertmanager ...). */
public final class Processes {

    private Processes() {}

    /** Asks the process to stop, and kills it when it has not within {@code grace}; nothing when it is not running. */
    public static void stop(Process process, Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
