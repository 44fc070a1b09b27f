package io.devopstrack.metrics.stats;

import static io.devopstrack.testsupport.Callers.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.devopstrack.metrics.config.SecurityConfig;
import io.devopstrack.metrics.influx.MetricsQueryFailed;
import io.devopstrack.metrics.influx.MetricsStoreUnavailable;
import io.devopstrack.metrics.project.ProjectTags;
import io.devopstrack.metrics.project.ProjectsUnavailable;
import io.devopstrack.testsupport.WebSliceTest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@WebMvcTest({StatsController.class, DeliveryListsController.class})
@Import({SecurityConfig.class, StatsFilters.class})
class StatsControllerWebTests extends WebSliceTest {

    @MockitoBean
    private SummaryQuery summary;

    @MockitoBean
    private BuildsQuery builds;

    @MockitoBean
    private DeliveryQuery delivery;

    @MockitoBean
    private FlakyQuery flaky;

    @MockitoBean
    private ProjectTags tags;

    @Test
    void aViewerReadsTheSummary() throws Exception {
        given(summary.summarize(any())).willReturn(new Summary(4, 3, 1, 0, 0.75, 1200L, 4000L, 50L, 900L));

        mvc.perform(get("/stats/summary").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.successRate").value(0.75))
                .andExpect(jsonPath("$.queueP50Ms").value(50))
                .andExpect(jsonPath("$.queueP95Ms").value(900));
    }

    @Test
    void aBadRangeIs400NamingTheParameter() throws Exception {
        mvc.perform(get("/stats/delivery?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                        .with(viewer()))
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

    @Test
    void theDrillDownListsAreAPageOfTheRowsTheFiguresComeFrom() throws Exception {
        given(delivery.rows(any()))
                .willReturn(new DeliveryRows(
                        List.of(
                                new DeliveryDeployment(
                                        "d2",
                                        "p1",
                                        "prod",
                                        "c2",
                                        "1.1.0",
                                        "FAILED",
                                        Instant.parse("2026-01-02T00:00:00Z"),
                                        1.5,
                                        List.of("i1")),
                                new DeliveryDeployment(
                                        "d1",
                                        "p1",
                                        "prod",
                                        "c1",
                                        "1.0.0",
                                        "SUCCEEDED",
                                        Instant.parse("2026-01-01T00:00:00Z"),
                                        2.0,
                                        List.of())),
                        List.of(new Incident(
                                "i1",
                                "p1",
                                "prod",
                                "down",
                                Instant.parse("2026-01-02T01:00:00Z"),
                                Instant.parse("2026-01-02T04:30:00Z"),
                                "d2",
                                "AUTO",
                                4))));

        mvc.perform(get("/stats/delivery/deployments?size=1&page=1").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].deploymentId").value("d1"))
                .andExpect(jsonPath("$.content[0].incidentIds").isEmpty())
                .andExpect(jsonPath("$.page.totalElements").value(2))
                .andExpect(jsonPath("$.page.totalPages").value(2));
        mvc.perform(get("/stats/delivery/incidents").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].incidentId").value("i1"))
                .andExpect(jsonPath("$.content[0].linkedBy").value("AUTO"))
                .andExpect(jsonPath("$.content[0].resolvedAt").value("2026-01-02T04:30:00Z"))
                .andExpect(jsonPath("$.content[0].restoreHours").value(3.5))
                .andExpect(jsonPath("$.content[0].revision").doesNotExist())
                .andExpect(jsonPath("$.page.size").value(20));
    }

    @Test
    void badPagingIs400NamingTheParameter() throws Exception {
        mvc.perform(get("/stats/delivery/deployments?page=-1").with(viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/stats/delivery/incidents?size=101").with(viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/stats/delivery/incidents?size=ten").with(viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        then(delivery).shouldHaveNoInteractions();
    }

    @Test
    void flakyCommitsAreListedAsTheQueryReturnsThem() throws Exception {
        given(flaky.flaky(any()))
                .willReturn(
                        List.of(new FlakyCommit("p1", "ci", "abc", 3, 2, 1, Instant.parse("2026-01-01T10:00:00Z"))));

        mvc.perform(get("/stats/flaky?projectId=p1").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].commit").value("abc"))
                .andExpect(jsonPath("$[0].lastSeenAt").value("2026-01-01T10:00:00Z"));
    }

    @Test
    void aTagIsResolvedWithTheCallersTokenAndNarrowsTheFilter() throws Exception {
        given(tags.projectsTagged(eq("team-a"), anyString())).willReturn(Set.of("p1", "p2"));

        mvc.perform(get("/stats/summary?tag=team-a&projectId=p2").with(viewer()))
                .andExpect(status().isOk());

        ArgumentCaptor<StatsFilter> filter = ArgumentCaptor.forClass(StatsFilter.class);
        then(summary).should().summarize(filter.capture());
        assertThat(filter.getValue().tagProjects()).containsExactlyInAnyOrder("p1", "p2");
        assertThat(filter.getValue().where()).endsWith("AND (\"project\" = 'p2')");
        then(tags).should().projectsTagged("team-a", "Bearer token-of-vic");
    }

    @Test
    void aMalformedTagIs400NamingItOnEveryEndpoint() throws Exception {
        for (String path : List.of(
                "/stats/summary",
                "/stats/builds",
                "/stats/delivery",
                "/stats/flaky",
                "/stats/delivery/deployments",
                "/stats/delivery/incidents")) {
            mvc.perform(get(path + "?tag=-team").with(viewer()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("tag"));
        }
        then(tags).shouldHaveNoInteractions();
    }

    @Test
    void projectsServiceNotAnsweringTheTagIs503() throws Exception {
        given(tags.projectsTagged(anyString(), anyString()))
                .willThrow(new ProjectsUnavailable(new RuntimeException("connect 8001")));

        mvc.perform(get("/stats/delivery?tag=team-a").with(viewer()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(not(containsString("8001"))));
    }
}
