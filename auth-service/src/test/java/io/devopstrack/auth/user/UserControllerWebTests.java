package io.devopstrack.auth.user;

import static io.devopstrack.testsupport.Callers.admin;
import static io.devopstrack.testsupport.Callers.viewer;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.devopstrack.auth.support.AuthWebTest;
import io.devopstrack.platform.paging.Pages;
import io.devopstrack.testsupport.WebSliceTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@AuthWebTest({UserController.class, MeController.class})
class UserControllerWebTests extends WebSliceTest {

    private static final String NEW_USER =
            "{\"username\":\"bob\",\"password\":\"a-good-password\",\"roles\":[\"VIEWER\"]}";

    @MockitoBean
    private UserService users;

    @Test
    void anAdminListsUsersInSpringDatasPageForm() throws Exception {
        given(users.page(0, 20)).willReturn(Pages.of(List.of(), 0, 20, 0));

        mvc.perform(get("/auth/users").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.size").value(20));
    }

    @Test
    void badPagingAndBadFieldsAre400NamingThem() throws Exception {
        mvc.perform(get("/auth/users?page=-1&size=1000").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("page", "size")));
        mvc.perform(post("/auth/users")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"no spaces\",\"password\":\"short\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("password", "roles", "username")));
        then(users).shouldHaveNoInteractions();
    }

    @Test
    void aTakenNameIs409AndAnUnknownUser404() throws Exception {
        UUID id = UUID.randomUUID();
        given(users.create(any())).willThrow(new UsernameTaken("bob"));
        given(users.get(id)).willThrow(new UserNotFound(id));

        mvc.perform(post("/auth/users")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("User name taken"));
        mvc.perform(get("/auth/users/" + id).with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void theDatabaseDownIs503WithoutDriverDetails() throws Exception {
        given(users.page(0, 20)).willThrow(new CannotGetJdbcConnectionException("jdbc:postgresql://10.1.2.3/auth"));

        mvc.perform(get("/auth/users").with(admin()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(not(containsString("postgresql"))));
    }

    @Test
    void meAnswersFromTheToken() throws Exception {
        mvc.perform(get("/auth/me").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("vic"))
                .andExpect(jsonPath("$.roles[0]").value("VIEWER"));
    }
}
