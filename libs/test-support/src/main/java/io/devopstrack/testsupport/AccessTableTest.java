package io.devopstrack.testsupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A service's access rules as one table: a slice test of all its controllers, their collaborators mocked, behind its
 * real {@code SecurityConfig}, asking each endpoint once per caller. A subclass carries the service's composed
 * annotation ({@code @ProjectsWebTest} without controllers: all of them), mocks the collaborators and lists its
 * {@link AccessRule}s in {@code static Stream<AccessCase> rules()}. A refused request reaches no mock at all.
 */
public abstract class AccessTableTest extends WebSliceTest {

    @Autowired
    private ApplicationContext context;

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    protected void eachCallerIsAnsweredAsTheTableSays(AccessCase access) throws Exception {
        mvc.perform(access.request()).andExpectAll(access.expected());

        if (access.refused()) {
            Mockito.verifyNoInteractions(mocks());
        }
    }

    private Object[] mocks() {
        return context.getBeansOfType(Object.class, false, false).values().stream()
                .filter(bean -> Mockito.mockingDetails(bean).isMock())
                .toArray();
    }
}
