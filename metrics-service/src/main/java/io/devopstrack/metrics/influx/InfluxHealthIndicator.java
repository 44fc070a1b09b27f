package io.devopstrack.metrics.influx;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Reported as the {@code influx} component of {@code /healthz}. */
@Component("influx")
class InfluxHealthIndicator implements HealthIndicator {

    private final InfluxPing ping;

    InfluxHealthIndicator(InfluxPing ping) {
        this.ping = ping;
    }

    @Override
    public Health health() {
        return ping.isUp() ? Health.up().build() : Health.down().build();
    }
}
