package io.devopstrack.projects.incident;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code devopstrack_incidents_opened_total{project}} and {@code devopstrack_incidents_resolved_total{project}}:
 * the project id as tag, bounded by the number of projects.
 */
@Component
public class IncidentCounters {

    private final MeterRegistry registry;

    public IncidentCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    void opened(String projectId) {
        counter("devopstrack.incidents.opened", "Incidents opened, by project", projectId)
                .increment();
    }

    void resolved(String projectId) {
        counter("devopstrack.incidents.resolved", "Incidents resolved, by project", projectId)
                .increment();
    }

    private Counter counter(String name, String description, String projectId) {
        return Counter.builder(name)
                .description(description)
                .tag("project", projectId)
                .register(registry);
    }
}
