package io.devopstrack.metrics.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which stored revision of an incident counts, and which production deployment an incident is blamed on. */
final class IncidentLinks {

    private IncidentLinks() {}

    /** The highest revision of each incident: an older revision that arrived late never wins. */
    static List<Incident> latestRevisions(Collection<Incident> stored) {
        Map<String, Incident> latest = new LinkedHashMap<>();
        for (Incident incident : stored) {
            latest.merge(incident.incidentId(), incident, (a, b) -> b.revision() > a.revision() ? b : a);
        }
        return new ArrayList<>(latest.values());
    }

    /**
     * An incident that names a deployment keeps it. One that names none is linked to the last production deployment
     * of its project and environment first reported before it was detected ({@code AUTO}), unless a person removed
     * the link ({@code MANUAL} with no deployment): then it stays unlinked.
     */
    static Incident link(Incident incident, Collection<ProductionDeployment> deployments) {
        if (!incident.deploymentId().isEmpty() || Incident.MANUAL.equals(incident.linkedBy())) {
            return incident;
        }
        return deployments.stream()
                .filter(d -> d.projectId().equals(incident.projectId())
                        && d.environment().equals(incident.environment())
                        && d.firstAt().isBefore(incident.detectedAt()))
                .max(Comparator.comparing(ProductionDeployment::firstAt))
                .map(d -> incident.linkedTo(d.deploymentId(), Incident.AUTO))
                .orElse(incident);
    }
}
