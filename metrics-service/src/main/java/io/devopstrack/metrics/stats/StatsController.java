package io.devopstrack.metrics.stats;

import java.time.Clock;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Aggregates for the dashboard. Times are ISO-8601 UTC; the range is [from, to), 7 days before now by default. */
@RestController
@RequestMapping("/stats")
class StatsController {

    private final SummaryQuery summary;
    private final BuildsQuery builds;
    private final DeliveryQuery delivery;
    private final Clock clock;

    StatsController(SummaryQuery summary, BuildsQuery builds, DeliveryQuery delivery) {
        this.summary = summary;
        this.builds = builds;
        this.delivery = delivery;
        this.clock = Clock.systemUTC();
    }

    @GetMapping("/summary")
    Summary summary(@RequestParam(required = false) String projectId,
                    @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to) {
        return summary.summarize(StatsFilter.parse(projectId, from, to, clock));
    }

    @GetMapping("/builds")
    List<BuildBucket> builds(@RequestParam(required = false) String projectId,
                             @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to,
                             @RequestParam(required = false) String interval) {
        return builds.buckets(StatsFilter.parse(projectId, from, to, clock), interval);
    }

    @GetMapping("/delivery")
    Delivery delivery(@RequestParam(required = false) String projectId,
                      @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to) {
        return delivery.delivery(StatsFilter.parse(projectId, from, to, clock));
    }
}
