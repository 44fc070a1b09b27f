package io.devopstrack.metrics.stats;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The drill-down behind the delivery figures: the same rows {@code /stats/delivery} computes them from, newest
 * first, a page at a time.
 */
@RestController
@RequestMapping("/stats/delivery")
record DeliveryListsController(StatsFilters filters, DeliveryQuery delivery) {

    @GetMapping("/deployments")
    PagedModel<DeliveryDeployment> deployments(
            @ParameterObject StatsParameters parameters, @ParameterObject PageParameters.Query page) {
        PageParameters paging = page.parse();
        return paging.of(delivery.rows(filters.of(parameters)).deployments());
    }

    @GetMapping("/incidents")
    PagedModel<Incident> incidents(
            @ParameterObject StatsParameters parameters, @ParameterObject PageParameters.Query page) {
        PageParameters paging = page.parse();
        return paging.of(delivery.rows(filters.of(parameters)).incidents());
    }
}
