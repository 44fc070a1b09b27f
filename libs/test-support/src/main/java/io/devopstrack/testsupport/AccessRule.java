package io.devopstrack.testsupport;

import io.devopstrack.testsupport.AccessCase.Caller;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A row of a service's access-rule table ({@link AccessTableTest}): an endpoint and the callers its security lets
 * through. {@link #cases()} asks it once for each {@link Caller}: without a token, with a token but no role, and as
 * each role; a caller not let through is answered 401 without a token, else 403.
 */
public record AccessRule(Endpoint endpoint, Set<Caller> letThrough) {

    /** An endpoint for a caller with one of these roles (a {@code hasAnyRole}). */
    public static AccessRule forRoles(Endpoint endpoint, Caller... roles) {
        return new AccessRule(endpoint, Set.of(roles));
    }

    /** An endpoint for any of the three roles: reading, in every service. */
    public static AccessRule forAnyRole(Endpoint endpoint) {
        return forRoles(endpoint, Caller.VIEWER, Caller.MAINTAINER, Caller.ADMIN);
    }

    /** An endpoint for MAINTAINER or ADMIN: changing a project or a job. */
    public static AccessRule forMaintainers(Endpoint endpoint) {
        return forRoles(endpoint, Caller.MAINTAINER, Caller.ADMIN);
    }

    public static AccessRule forAdmins(Endpoint endpoint) {
        return forRoles(endpoint, Caller.ADMIN);
    }

    /** An endpoint for any valid token, with or without a role (an {@code authenticated}). */
    public static AccessRule forAnyToken(Endpoint endpoint) {
        return new AccessRule(endpoint, EnumSet.complementOf(EnumSet.of(Caller.WITHOUT_TOKEN)));
    }

    /** An endpoint anyone may call, even without a token (a {@code permitAll}). */
    public static AccessRule forAnyone(Endpoint endpoint) {
        return new AccessRule(endpoint, EnumSet.allOf(Caller.class));
    }

    /** An endpoint no caller may call, whatever their roles (a {@code denyAll}). */
    public static AccessRule forNoOne(Endpoint endpoint) {
        return new AccessRule(endpoint, Set.of());
    }

    /** The table's rows as the cases a {@code @ParameterizedTest} runs. */
    public static Stream<AccessCase> casesOf(AccessRule... rules) {
        return Arrays.stream(rules).flatMap(AccessRule::cases);
    }

    public Stream<AccessCase> cases() {
        return Arrays.stream(Caller.values()).map(caller -> new AccessCase(endpoint, caller, answerTo(caller)));
    }

    private AccessCase.Answer answerTo(Caller caller) {
        if (letThrough.contains(caller)) {
            return AccessCase.Answer.LET_THROUGH;
        }
        return caller == Caller.WITHOUT_TOKEN ? AccessCase.Answer.UNAUTHORIZED : AccessCase.Answer.FORBIDDEN;
    }
}
