package io.devopstrack.tasks.support;

import io.devopstrack.tasks.TasksServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole service started by the test itself, on a free port, against the Redis on {@code redisPort} (a
 * {@code PrivateRedis} the test stops and starts, or a closed port), with the fake auth-service and projects-service.
 */
public final class ServiceOnRedis {

    private ServiceOnRedis() {}

    public static ConfigurableApplicationContext start(int redisPort) {
        FakeAuthAndProjects auth = FakeAuthAndProjects.get();
        return new SpringApplicationBuilder(TasksServiceApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.data.redis.port=" + redisPort,
                        "--spring.data.redis.database=0",
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + auth.jwksUri(),
                        "--devopstrack.projects-url=" + auth.baseUrl(),
                        "--devopstrack.projects-timeout=500ms");
    }

    /** A client of the started service. */
    public static Api api(ConfigurableApplicationContext app) {
        return new Api(((WebServerApplicationContext) app).getWebServer().getPort());
    }
}
