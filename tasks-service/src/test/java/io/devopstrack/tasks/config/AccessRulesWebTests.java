package io.devopstrack.tasks.config;

import static io.devopstrack.testsupport.AccessRule.forAnyRole;
import static io.devopstrack.testsupport.AccessRule.forMaintainers;
import static io.devopstrack.testsupport.AccessRule.forNoOne;
import static io.devopstrack.testsupport.Endpoint.delete;
import static io.devopstrack.testsupport.Endpoint.get;
import static io.devopstrack.testsupport.Endpoint.post;

import io.devopstrack.tasks.events.JobEventBroadcaster;
import io.devopstrack.tasks.events.SseTickets;
import io.devopstrack.tasks.job.JobService;
import io.devopstrack.tasks.support.TasksWebTest;
import io.devopstrack.testsupport.AccessCase;
import io.devopstrack.testsupport.AccessRule;
import io.devopstrack.testsupport.AccessTableTest;
import java.util.stream.Stream;
import org.mockito.Answers;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * {@link SecurityConfig}'s rules for every endpoint: a ticket for any role, starting, cancelling and retrying for
 * MAINTAINER or ADMIN, reading (the event stream too) for any role, anything else for no one. A start or a retry let
 * through is 400 here, for want of the Authorization header it passes on; the mocks answer with mocks, so that the
 * other requests let through run their controller to the end instead of failing on a null.
 */
@TasksWebTest
@MockitoBean(
        types = {JobService.class, SseTickets.class, JobEventBroadcaster.class},
        answers = Answers.RETURNS_MOCKS)
class AccessRulesWebTests extends AccessTableTest {

    static Stream<AccessCase> rules() {
        return AccessRule.casesOf(
                forMaintainers(post("/tasks", "{\"projectId\":\"p1\",\"ref\":\"main\"}")),
                forAnyRole(get("/tasks")),
                forAnyRole(get("/tasks/{id}")),
                forMaintainers(post("/tasks/{id}/cancel")),
                forMaintainers(post("/tasks/{id}/retry")),
                forAnyRole(post("/tasks/events/tickets")),
                forAnyRole(get("/tasks/events")),
                forNoOne(delete("/tasks/{id}")));
    }
}
