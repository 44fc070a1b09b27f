package io.devopstrack.metrics.stats;

import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Aggregates for the dashboard. Times are ISO-8601 UTC; the range is [from, to), 7 days before now by default;
 * {@code projectId} and {@code tag} (the projects carrying it) narrow every endpoint, together their intersection.
 */
@RestController
@RequestMapping("/stats")
class StatsController {

    private final StatsFilters filters;
    private final SummaryQuery summary;
    private final BuildsQuery builds;
    private final DeliveryQuery delivery;
    private final FlakyQuery flaky;

    StatsController(
            StatsFilters filters, SummaryQuery summary, BuildsQuery builds, DeliveryQuery delivery, FlakyQuery flaky) {
        this.filters = filters;
        this.summary = summary;
        this.builds = builds;
        this.delivery = delivery;
        this.flaky = flaky;
    }

    @GetMapping("/summary")
    Summary summary(@ParameterObject StatsParameters parameters) {
        return summary.summarize(filters.of(parameters));
    }

    @GetMapping("/builds")
    List<BuildBucket> builds(
            @ParameterObject StatsParameters parameters, @RequestParam(required = false) String interval) {
        return builds.buckets(filters.of(parameters), interval);
    }

    @GetMapping("/delivery")
    Delivery delivery(@ParameterObject StatsParameters parameters) {
        return delivery.delivery(filters.of(parameters));
    }

    @GetMapping("/flaky")
    List<FlakyCommit> flaky(@ParameterObject StatsParameters parameters) {
        return flaky.flaky(filters.of(parameters));
    }
}
