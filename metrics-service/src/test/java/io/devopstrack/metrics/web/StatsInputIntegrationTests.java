package io.devopstrack.metrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.metrics.support.Api;
import io.devopstrack.metrics.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatsInputIntegrationTests extends IntegrationTest {

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/stats/summary?from=yesterday                                                   | from",
                "/stats/summary?to=2025-13-01T00:00:00Z                                          | to",
                "/stats/summary?from=2025-03-02T00:00:00Z&to=2025-03-01T00:00:00Z                | from",
                "/stats/summary?from=2025-03-01T00:00:00Z&to=2025-03-01T00:00:00Z                | from",
                "/stats/delivery?from=2023-01-01T00:00:00Z&to=2025-01-01T00:00:00Z               | from",
                "/stats/summary?projectId=p1'%20OR%20'1'='1                                      | projectId",
                "/stats/builds?interval=7m                                                        | interval",
                "/stats/builds?interval=1m&from=2025-03-01T00:00:00Z&to=2025-03-02T00:00:00Z     | interval",
                "/stats/builds?from=2025-03-01                                                    | from",
            })
    void badInputIsAProblemDocumentNamingTheParameter(String pathAndQuery, String parameter) {
        Api.Response response = api().get(pathAndQuery, viewerToken());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(400);
        assertThat(response.json().path("errors").path(0).path("field").asString())
                .isEqualTo(parameter);
    }

    @ParameterizedTest(name = "{0} → 200")
    @CsvSource({
        "/stats/summary",
        "/stats/builds",
        "/stats/builds?interval=1d&from=2024-03-01T00:00:00Z&to=2025-03-01T00:00:00Z",
        "/stats/delivery?projectId=p1&from=2025-03-01T00:00:00.5Z&to=2025-03-02T00:00:00Z",
    })
    void defaultsAndBoundsAreAccepted(String pathAndQuery) {
        assertThat(api().get(pathAndQuery, viewerToken()).status()).isEqualTo(200);
    }
}
