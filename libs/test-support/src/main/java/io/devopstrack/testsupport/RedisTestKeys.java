package io.devopstrack.testsupport;

import java.util.Set;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A key prefix of a suite's own on the shared test Redis, so that parallel runs and other suites never see each
 * other's keys, and the clean-up of every key under it once the suite is done.
 */
public final class RedisTestKeys {

    private RedisTestKeys() {}

    /** {@code test-<random UUID>:} */
    public static String randomPrefix() {
        return "test-" + UUID.randomUUID() + ":";
    }

    /** Deletes every key that starts with {@code prefix}. */
    public static void deleteAll(StringRedisTemplate redis, String prefix) {
        Set<String> keys = redis.keys(prefix + "*");
        if (keys != null && !keys.isEmpty()) {
            redis.delete(keys);
        }
    }
}
