package io.devopstrack.worker.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.util.StreamUtils;

/**
 * Loads a Lua script from the class path once. A script built from a resource instead would check the
 * resource for changes on every call (a jar entry lookup under a lock), which costs dearly on the hot path.
 */
public final class LuaScripts {

    private LuaScripts() {
    }

    public static <T> RedisScript<T> load(String path, Class<T> resultType) {
        try {
            return RedisScript.of(StreamUtils.copyToString(new ClassPathResource(path).getInputStream(),
                    StandardCharsets.UTF_8), resultType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
