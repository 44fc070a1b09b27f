package io.devopstrack.metrics.stats;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The four keys (fourkeys definitions) from the finished production deployments of a range. */
final class DeliveryCalculator {

    private static final double MILLIS_PER_HOUR = 3_600_000.0;
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private DeliveryCalculator() {
    }

    static Delivery calculate(Collection<ProductionDeployment> stored, Duration range) {
        List<ProductionDeployment> deployments = latestPerDeployment(stored);
        List<ProductionDeployment> successes = deployments.stream().filter(ProductionDeployment::succeeded).toList();
        long failures = deployments.stream().filter(ProductionDeployment::failed).count();

        double frequency = successes.size() / (range.toMillis() / MILLIS_PER_DAY);
        Double leadTime = median(successes.stream().map(d -> Math.max(0, d.leadTimeMs()) / MILLIS_PER_HOUR).toList());
        long finished = successes.size() + failures;
        Double failureRate = finished == 0 ? null : (double) failures / finished;
        Double restore = median(restoreTimesHours(deployments));
        return new Delivery(frequency, leadTime, failureRate, restore);
    }

    /** A deployment reported twice (e.g. SUCCEEDED, later ROLLED_BACK) counts once, with its latest status. */
    private static List<ProductionDeployment> latestPerDeployment(Collection<ProductionDeployment> stored) {
        Map<String, ProductionDeployment> latest = new LinkedHashMap<>();
        for (ProductionDeployment d : stored) {
            latest.merge(d.deploymentId(), d, (a, b) -> b.time().isAfter(a.time()) ? b : a);
        }
        return new ArrayList<>(latest.values());
    }

    /**
     * A failure opens an incident in its project unless one is open already; the next success closes it. Open
     * incidents at the end of the range have no restore time yet and are left out.
     */
    private static List<Double> restoreTimesHours(List<ProductionDeployment> deployments) {
        List<Double> hours = new ArrayList<>();
        Map<String, List<ProductionDeployment>> byProject = deployments.stream()
                .collect(Collectors.groupingBy(ProductionDeployment::projectId));
        for (List<ProductionDeployment> project : byProject.values()) {
            project.sort(Comparator.comparing(ProductionDeployment::time));
            ProductionDeployment openedBy = null;
            for (ProductionDeployment d : project) {
                if (d.failed() && openedBy == null) {
                    openedBy = d;
                } else if (d.succeeded() && openedBy != null) {
                    hours.add(Duration.between(openedBy.time(), d.time()).toMillis() / MILLIS_PER_HOUR);
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
}
