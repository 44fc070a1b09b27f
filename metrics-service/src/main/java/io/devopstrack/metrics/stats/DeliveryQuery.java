package io.devopstrack.metrics.stats;

import com.influxdb.query.InfluxQLQueryResult;
import io.devopstrack.metrics.config.DeliveryProperties;
import io.devopstrack.metrics.influx.InfluxQL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reads the production incidents and deployments a range needs and hands them to {@link DeliveryCalculator}:
 * incidents detected in [from − 366 days, to) (one open longer than that before the range is not seen), and
 * deployments from the earliest of those detections (to link incidents by time) to {@code to}.
 */
@Service
public class DeliveryQuery {

    private final InfluxQL influx;
    private final Set<String> production;
    private final String productionCondition;

    public DeliveryQuery(InfluxQL influx, DeliveryProperties properties) {
        this.influx = influx;
        this.production = properties.productionEnvironments().stream()
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.productionCondition = production.stream()
                .sorted()
                .map(name -> "\"environment\" = " + InfluxQL.literal(name))
                .collect(Collectors.joining(" OR ", "(", ")"));
    }

    public Delivery delivery(StatsFilter filter) {
        return DeliveryCalculator.delivery(rows(filter), filter.from(), filter.to());
    }

    DeliveryRows rows(StatsFilter filter) {
        List<Incident> incidents = incidents(filter);
        Instant lookback = incidents.stream()
                .map(Incident::detectedAt)
                .filter(t -> t.isBefore(filter.from()))
                .min(Instant::compareTo)
                .orElse(filter.from());
        return DeliveryCalculator.rows(deployments(filter, lookback), incidents, filter.from(), filter.to());
    }

    private List<ProductionDeployment> deployments(StatsFilter filter, Instant start) {
        List<ProductionDeployment> deployments = new ArrayList<>();
        for (InfluxQLQueryResult.Series series : influx.query("SELECT \"deployment_id\", \"lead_time_ms\", "
                + "\"project\", \"environment\", \"status\", \"commit\", \"version\" FROM \"deployments\" WHERE "
                + filter.where(start, filter.to()) + " AND " + productionCondition
                + " AND \"status\" != 'IN_PROGRESS'")) {
            for (InfluxQLQueryResult.Series.Record row : series.getValues()) {
                Instant time = Instant.ofEpochMilli(InfluxQL.asLong(row.getValueByKey("time")));
                deployments.add(new ProductionDeployment(
                        text(row, "project"),
                        text(row, "deployment_id"),
                        text(row, "environment"),
                        text(row, "status"),
                        time,
                        time,
                        InfluxQL.asLong(row.getValueByKey("lead_time_ms")),
                        text(row, "commit"),
                        text(row, "version")));
            }
        }
        return deployments;
    }

    /** The latest revision of each incident, kept when that revision is in a production environment. */
    private List<Incident> incidents(StatsFilter filter) {
        List<Incident> stored = new ArrayList<>();
        for (InfluxQLQueryResult.Series series : influx.query("SELECT \"revision\", \"status\", \"title\", "
                + "\"deployment_id\", \"linked_by\", \"resolved_at_ms\" FROM \"incidents\" WHERE "
                + filter.where(filter.from().minus(StatsFilter.MAX_RANGE), filter.to())
                + " GROUP BY \"incident_id\", \"project\", \"environment\"")) {
            for (InfluxQLQueryResult.Series.Record row : series.getValues()) {
                Object resolved = row.getValueByKey("resolved_at_ms");
                stored.add(new Incident(
                        series.getTags().get("incident_id"),
                        series.getTags().get("project"),
                        series.getTags().get("environment"),
                        text(row, "title"),
                        Instant.ofEpochMilli(InfluxQL.asLong(row.getValueByKey("time"))),
                        resolved == null || resolved.toString().isEmpty() || !"RESOLVED".equals(text(row, "status"))
                                ? null
                                : Instant.ofEpochMilli(InfluxQL.asLong(resolved)),
                        text(row, "deployment_id"),
                        text(row, "linked_by"),
                        InfluxQL.asLong(row.getValueByKey("revision"))));
            }
        }
        return IncidentLinks.latestRevisions(stored).stream()
                .filter(incident -> production.contains(incident.environment()))
                .toList();
    }

    private static String text(InfluxQLQueryResult.Series.Record row, String column) {
        Object value = row.getValueByKey(column);
        return value == null ? "" : value.toString();
    }
}
