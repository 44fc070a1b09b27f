package io.devopstrack.projects.ingest;

import io.devopstrack.projects.incident.IncidentSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Applies the normalized events of a batch of deliveries: commits first, so that a deployment of the same batch
 * finds its commit's time, then deployments and incidents, then the run events in one pipelined round trip. Every
 * step is idempotent, so a batch applied again after a failure changes nothing.
 */
@Component
public record RelayedEvents(
        RunPublisher runs, CommitTimes commits, ExternalDeployments deployments, IncidentSources incidents) {

    void apply(List<NewDeliveries.Hint> batch) {
        List<Map.Entry<NewDeliveries.Hint, NormalizedEvent>> events = new ArrayList<>();
        List<CommitTimes.Learnt> commitsLearnt = new ArrayList<>();
        for (NewDeliveries.Hint delivery : batch) {
            for (NormalizedEvent event : delivery.events()) {
                if (event instanceof CommitSeen commit) {
                    commitsLearnt.add(new CommitTimes.Learnt(delivery.projectId(), commit));
                } else {
                    events.add(Map.entry(delivery, event));
                }
            }
        }
        commits.recordAll(commitsLearnt);
        List<Map<String, String>> runEntries = new ArrayList<>();
        for (Map.Entry<NewDeliveries.Hint, NormalizedEvent> entry : events) {
            NewDeliveries.Hint delivery = entry.getKey();
            if (entry.getValue() instanceof DeploymentSeen deployment) {
                deployments.record(delivery.projectId(), deployment);
            } else if (entry.getValue() instanceof IncidentSeen incident) {
                incidents.record(delivery.projectId(), incident);
            } else {
                runEntries.add(RunPublisher.entry(delivery.projectId(), delivery.deliveryId(), entry.getValue()));
            }
        }
        runs.publish(runEntries);
    }
}
