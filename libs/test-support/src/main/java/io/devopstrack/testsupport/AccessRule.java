package io.devopstrack.testsupport;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A row of a service's access-rule table ({@link AccessTableTest}): an endpoint and who its security lets call it.
 * {@link #cases()} asks it once for each {@link AccessCase.Caller}: without a token, with a token but no role, and as
 * each role.
 */
public record AccessRule(Endpoint endpoint, List<String> roles, boolean anyone) {

    /** An endpoint for a caller with one of these roles (a {@code hasAnyRole}). */
    public static AccessRule forRoles(Endpoint endpoint, String... roles) {
        return new AccessRule(endpoint, List.of(roles), false);
    }

    /** An endpoint no caller may call, whatever their roles (a {@code denyAll}). */
    public static AccessRule forNoOne(Endpoint endpoint) {
        return new AccessRule(endpoint, List.of(), false);
    }

    /** An endpoint anyone may call, even without a token (a {@code permitAll}). */
    public static AccessRule forAnyone(Endpoint endpoint) {
        return new AccessRule(endpoint, List.of(), true);
    }

    /** The table's rows as the cases a {@code @ParameterizedTest} runs. */
    public static Stream<AccessCase> casesOf(AccessRule... rules) {
        return Arrays.stream(rules).flatMap(AccessRule::cases);
    }

    public Stream<AccessCase> cases() {
        return Arrays.stream(AccessCase.Caller.values())
                .map(caller -> new AccessCase(endpoint, caller, answerTo(caller)));
    }

    private AccessCase.Answer answerTo(AccessCase.Caller caller) {
        if (anyone || caller.hasOneOf(roles)) {
            return AccessCase.Answer.LET_THROUGH;
        }
        return caller == AccessCase.Caller.WITHOUT_TOKEN ? AccessCase.Answer.UNAUTHORIZED : AccessCase.Answer.FORBIDDEN;
    }
}
