package io.devopstrack.metrics.stats;

import static io.devopstrack.testsupport.Callers.as;
import static io.devopstrack.testsupport.Callers.viewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.devopstrack.metrics.config.SecurityConfig;
import io.devopstrack.metrics.influx.MetricsQueryFailed;
import io.devopstrack.metrics.influx.MetricsStoreUnavailable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(StatsController.class)
@Import(SecurityConfig.class)
class StatsControllerWebTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private SummaryQuery summary;

    @MockitoBean
    private BuildsQuery builds;

    @MockitoBean
    private DeliveryQuery delivery;

    @Test
    void aViewerReadsTheSummary() throws Exception {
        given(summary.summarize(any())).willReturn(new Summary(4, 3, 1, 0, 0.75, 1200L, 4000L));

        mvc.perform(get("/stats/summary").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.successRate").value(0.75));
    }

    @Test
    void aTokenWithoutARoleIs403AndNoTokenIs401() throws Exception {
        mvc.perform(get("/stats/summary").with(as("nobody"))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/stats/summary")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        then(summary).shouldHaveNoInteractions();
    }

    @Test
    void aBadRangeIs400NamingTheParameter() throws Exception {
        mvc.perform(get("/stats/delivery?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z").with(viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/stats/builds?from=yesterday").with(viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void influxDownIs503AndARejectedQueryA500ThatLeaksNothing() throws Exception {
        given(summary.summarize(any())).willThrow(new MetricsStoreUnavailable(new RuntimeException("connect 8086")));
        given(delivery.delivery(any())).willThrow(new MetricsQueryFailed(new RuntimeException("error parsing SELECT")));

        mvc.perform(get("/stats/summary").with(viewer()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.title").value("Metrics store unavailable"))
                .andExpect(content().string(not(containsString("8086"))));
        mvc.perform(get("/stats/delivery").with(viewer()))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(not(containsString("SELECT"))));
    }
}
