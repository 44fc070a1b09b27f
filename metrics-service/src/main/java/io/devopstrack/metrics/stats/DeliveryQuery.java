package io.devopstrack.metrics.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.influxdb.query.InfluxQLQueryResult;

import io.devopstrack.metrics.config.DeliveryProperties;
import io.devopstrack.metrics.influx.InfluxQL;

import org.springframework.stereotype.Service;

/** Reads the finished production deployments of a range and hands them to {@link DeliveryCalculator}. */
@Service
public class DeliveryQuery {

    private final InfluxQL influx;
    private final String productionCondition;

    public DeliveryQuery(InfluxQL influx, DeliveryProperties properties) {
        this.influx = influx;
        this.productionCondition = properties.productionEnvironments().stream()
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .map(name -> "\"environment\" = " + InfluxQL.literal(name))
                .collect(Collectors.joining(" OR ", "(", ")"));
    }

    public Delivery delivery(StatsFilter filter) {
        List<ProductionDeployment> deployments = new ArrayList<>();
        for (InfluxQLQueryResult.Series series : influx.query(
                "SELECT \"deployment_id\", \"lead_time_ms\", \"project\", \"status\" FROM \"deployments\" WHERE "
                        + filter.where() + " AND " + productionCondition + " AND \"status\" != 'IN_PROGRESS'")) {
            for (InfluxQLQueryResult.Series.Record row : series.getValues()) {
                deployments.add(new ProductionDeployment(
                        String.valueOf(row.getValueByKey("project")),
                        String.valueOf(row.getValueByKey("deployment_id")),
                        String.valueOf(row.getValueByKey("status")),
                        Instant.ofEpochMilli(InfluxQL.asLong(row.getValueByKey("time"))),
                        InfluxQL.asLong(row.getValueByKey("lead_time_ms"))));
            }
        }
        return DeliveryCalculator.calculate(deployments, filter.range());
    }
}
