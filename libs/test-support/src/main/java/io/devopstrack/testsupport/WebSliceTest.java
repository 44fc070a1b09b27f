package io.devopstrack.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A {@code @WebMvcTest} slice test (or a module's composed annotation for one, such as {@code @ProjectsWebTest}):
 * the slice's {@link MockMvc}, so each test class declares only its controller and the collaborators it mocks.
 */
public abstract class WebSliceTest {

    @Autowired
    protected MockMvc mvc;
}
