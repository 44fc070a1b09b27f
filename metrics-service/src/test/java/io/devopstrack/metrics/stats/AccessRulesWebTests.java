package io.devopstrack.metrics.stats;

import static io.devopstrack.testsupport.AccessRule.forAnyRole;
import static io.devopstrack.testsupport.Endpoint.get;

import io.devopstrack.metrics.config.SecurityConfig;
import io.devopstrack.metrics.project.ProjectTags;
import io.devopstrack.testsupport.AccessCase;
import io.devopstrack.testsupport.AccessRule;
import io.devopstrack.testsupport.AccessTableTest;
import java.util.stream.Stream;
import org.mockito.Answers;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** {@link SecurityConfig}'s one rule, for every statistic: any role reads it, a token without a role may not. */
@WebMvcTest
@Import({SecurityConfig.class, StatsFilters.class})
@MockitoBean(
        types = {SummaryQuery.class, BuildsQuery.class, DeliveryQuery.class, FlakyQuery.class, ProjectTags.class},
        answers = Answers.RETURNS_MOCKS)
class AccessRulesWebTests extends AccessTableTest {

    static Stream<AccessCase> rules() {
        return AccessRule.casesOf(
                forAnyRole(get("/stats/summary")),
                forAnyRole(get("/stats/builds")),
                forAnyRole(get("/stats/delivery")),
                forAnyRole(get("/stats/flaky")),
                forAnyRole(get("/stats/delivery/deployments")),
                forAnyRole(get("/stats/delivery/incidents")));
    }
}
