package io.devopstrack.metrics.stats;

import java.util.List;

/** What the delivery figures are computed from, and what the drill-down lists show: newest first. */
record DeliveryRows(List<DeliveryDeployment> deployments, List<Incident> incidents) {}
