package io.devopstrack.platform.problem;

import java.util.Arrays;
import java.util.List;
import org.springframework.util.ClassUtils;

/**
 * Exception classes named rather than imported, so that the advice loads in a service that lacks a store's
 * driver (or Spring Security) and still recognises it in one that has it.
 */
final class ExceptionTypes {

    /** A store that is down or timing out: 503, whatever the store. */
    static final ExceptionTypes STORE_DOWN = new ExceptionTypes(
            "org.springframework.dao.DataAccessResourceFailureException", // JDBC connection, Redis connection, Mongo
            "org.springframework.dao.TransientDataAccessException", // query and command timeouts
            "org.springframework.transaction.TransactionException", // a transaction that cannot begin or commit
            "org.springframework.data.redis.RedisSystemException",
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoSocketException");

    /** Left to Spring Security's filters, which answer 401 and 403 through the platform's handlers. */
    static final ExceptionTypes SECURITY = new ExceptionTypes(
            "org.springframework.security.access.AccessDeniedException",
            "org.springframework.security.core.AuthenticationException");

    private final List<Class<?>> types;

    static ExceptionTypes named(String... names) {
        return new ExceptionTypes(names);
    }

    private ExceptionTypes(String... names) {
        ClassLoader loader = ExceptionTypes.class.getClassLoader();
        this.types = Arrays.stream(names)
                .filter(name -> ClassUtils.isPresent(name, loader))
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, loader))
                .toList();
    }

    /** Whether the exception or one of its causes is of one of these types. */
    boolean matches(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Throwable current = cause;
            if (types.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
        }
        return false;
    }
}
