package io.devopstrack.metrics.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The four keys over the range [from, to): first the drill-down rows (production deployments of the range with their
 * incidents, incidents open at some time in the range), then each figure from those rows alone, so that every
 * figure is what its list implies. Definitions in docs/metrics-service.md.
 */
final class DeliveryCalculator {

    private static final double MILLIS_PER_HOUR = 3_600_000.0;
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private DeliveryCalculator() {}

    static Delivery calculate(
            Collection<ProductionDeployment> stored, Collection<Incident> incidents, Instant from, Instant to) {
        return delivery(rows(stored, incidents, from, to), from, to);
    }

    static Delivery delivery(DeliveryRows rows, Instant from, Instant to) {
        return new Delivery(
                deploymentFrequencyPerDay(rows.deployments(), Duration.between(from, to)),
                leadTimeHours(rows.deployments()),
                changeFailureRate(rows.deployments()),
                timeToRestoreHours(rows, from, to));
    }

    /**
     * Deployments stored over [from − lookback, to) (the older ones only serve to link incidents by time) and the
     * latest revision of each production incident detected before {@code to}.
     */
    static DeliveryRows rows(
            Collection<ProductionDeployment> stored, Collection<Incident> incidents, Instant from, Instant to) {
        List<ProductionDeployment> deployments = latestPerDeployment(stored);
        List<Incident> linked =
                incidents.stream().map(i -> IncidentLinks.link(i, deployments)).toList();
        List<DeliveryDeployment> deploymentRows = deployments.stream()
                .filter(d -> inRange(d.time(), from, to))
                .map(d -> new DeliveryDeployment(
                        d.deploymentId(),
                        d.projectId(),
                        d.environment(),
                        d.commit(),
                        d.version(),
                        d.status(),
                        d.time(),
                        Math.max(0, d.leadTimeMs()) / MILLIS_PER_HOUR,
                        linked.stream()
                                .filter(i -> i.deploymentId().equals(d.deploymentId()))
                                .map(Incident::incidentId)
                                .sorted()
                                .toList()))
                .sorted(Comparator.comparing(DeliveryDeployment::deployedAt)
                        .reversed()
                        .thenComparing(DeliveryDeployment::deploymentId))
                .toList();
        List<Incident> incidentRows = linked.stream()
                .filter(i -> i.detectedAt().isBefore(to)
                        && (i.resolvedAt() == null || !i.resolvedAt().isBefore(from)))
                .sorted(Comparator.comparing(Incident::detectedAt).reversed().thenComparing(Incident::incidentId))
                .toList();
        return new DeliveryRows(deploymentRows, incidentRows);
    }

    /** Successful deployments per day of the range. */
    static double deploymentFrequencyPerDay(List<DeliveryDeployment> deployments, Duration range) {
        return deployments.stream().filter(DeliveryDeployment::succeeded).count() / (range.toMillis() / MILLIS_PER_DAY);
    }

    /** Median over successful deployments of deployedAt − committedAt, in hours. */
    static Double leadTimeHours(List<DeliveryDeployment> deployments) {
        return median(deployments.stream()
                .filter(DeliveryDeployment::succeeded)
                .map(DeliveryDeployment::leadTimeHours)
                .toList());
    }

    /** Deployments that failed, were rolled back or are linked to an incident, over all of them. */
    static Double changeFailureRate(List<DeliveryDeployment> deployments) {
        long failed =
                deployments.stream().filter(DeliveryDeployment::failedChange).count();
        return deployments.isEmpty() ? null : (double) failed / deployments.size();
    }

    /** Median of the incidents resolved in the range and of the failures without an incident (see below). */
    static Double timeToRestoreHours(DeliveryRows rows, Instant from, Instant to) {
        return median(Stream.concat(
                        incidentRestoreHours(rows.incidents(), from, to).stream(),
                        deploymentRestoreHours(rows.deployments()).stream())
                .toList());
    }

    /** resolvedAt − detectedAt of the incidents resolved in [from, to). */
    static List<Double> incidentRestoreHours(List<Incident> incidents, Instant from, Instant to) {
        return incidents.stream()
                .filter(i -> i.resolvedAt() != null && inRange(i.resolvedAt(), from, to))
                .map(Incident::restoreHours)
                .toList();
    }

    /**
     * Failures nobody opened an incident for: per project, in time order, a failed or rolled-back deployment without
     * an incident opens a restore span unless one is open; the next successful deployment closes it. Spans still
     * open at the end of the range are left out; a failure with an incident counts through its incident instead.
     */
    static List<Double> deploymentRestoreHours(List<DeliveryDeployment> deployments) {
        List<Double> hours = new ArrayList<>();
        Map<String, List<DeliveryDeployment>> byProject =
                deployments.stream().collect(Collectors.groupingBy(DeliveryDeployment::projectId));
        for (List<DeliveryDeployment> project : byProject.values()) {
            DeliveryDeployment openedBy = null;
            for (DeliveryDeployment d : project.stream()
                    .sorted(Comparator.comparing(DeliveryDeployment::deployedAt))
                    .toList()) {
                if (!d.succeeded() && d.incidentIds().isEmpty() && openedBy == null) {
                    openedBy = d;
                } else if (d.succeeded() && openedBy != null) {
                    hours.add(Duration.between(openedBy.deployedAt(), d.deployedAt())
                                    .toMillis()
                            / MILLIS_PER_HOUR);
                    openedBy = null;
                }
            }
        }
        return hours;
    }

    /** The middle value, or the mean of the two middle values for an even count; null for none. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** A deployment reported twice (e.g. SUCCEEDED, later ROLLED_BACK) counts once, with its latest status. */
    private static List<ProductionDeployment> latestPerDeployment(Collection<ProductionDeployment> stored) {
        Map<String, ProductionDeployment> latest = new LinkedHashMap<>();
        for (ProductionDeployment d : stored) {
            latest.merge(d.deploymentId(), d, ProductionDeployment::merge);
        }
        return new ArrayList<>(latest.values());
    }

    private static boolean inRange(Instant time, Instant from, Instant to) {
        return !time.isBefore(from) && time.isBefore(to);
    }
}
