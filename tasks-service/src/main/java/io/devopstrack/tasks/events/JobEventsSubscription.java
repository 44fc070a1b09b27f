package io.devopstrack.tasks.events;

import io.devopstrack.jobs.redis.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Subscribes to the job events channel in the background, retrying until Redis answers: the service starts
 * (and reports Redis down on /healthz) even when Redis is away. Once subscribed, the listener container
 * itself re-subscribes after a lost connection.
 */
@Component
public class JobEventsSubscription implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobEventsSubscription.class);

    private final RedisMessageListenerContainer container;
    private volatile boolean running;
    private Thread starter;

    public JobEventsSubscription(RedisMessageListenerContainer container) {
        this.container = container;
    }

    @Override
    public void start() {
        running = true;
        starter = new Thread(this::subscribe, "job-events-subscribe");
        starter.setDaemon(true);
        starter.start();
    }

    private void subscribe() {
        Backoff backoff = new Backoff(500);
        while (running && !container.isRunning()) {
            try {
                container.start();
            } catch (RuntimeException e) {
                if (!backoff.pauseAfter(e, log, "Job events channel")) {
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        starter.interrupt();
        container.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
