package io.devopstrack.tasks.events;

import static io.devopstrack.testsupport.Callers.viewer;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.devopstrack.tasks.support.TasksWebTest;
import io.devopstrack.testsupport.WebSliceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@TasksWebTest(JobEventsController.class)
class JobEventsControllerWebTests extends WebSliceTest {

    @MockitoBean
    private SseTickets tickets;

    @MockitoBean
    private JobEventBroadcaster broadcaster;

    @Test
    void anyRoleGetsATicketHeldInItsNameAndRoles() throws Exception {
        given(tickets.issue(new SseTickets.Holder("vic", List.of("ROLE_VIEWER"))))
                .willReturn("t-1");

        mvc.perform(post("/tasks/events/tickets").with(viewer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ticket").value("t-1"))
                .andExpect(jsonPath("$.expiresIn").value(30));
    }

    @Test
    void aTicketStoreThatIsDownIs503() throws Exception {
        given(tickets.issue(any())).willThrow(new org.springframework.data.redis.RedisConnectionFailureException("x"));

        mvc.perform(post("/tasks/events/tickets").with(viewer())).andExpect(status().isServiceUnavailable());
    }
}
