package io.devopstrack.testsupport.realimages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * With {@code -Preal-images} (system property {@code devopstrack.real-images} naming the stores, e.g.
 * {@code mongo} or {@code influx}), starts MongoDB 7 and/or InfluxDB 2.7 images once per test run and points the
 * suite at them through {@link io.devopstrack.testsupport.TestEnvironment}'s system properties. Without the
 * property it does nothing, so the normal suites run against the local servers.
 */
public class RealImagesSession implements LauncherSessionListener {

    static final String INFLUX_TOKEN = "real-images-token";

    private final List<GenericContainer<?>> started = new ArrayList<>();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Set<String> stores =
                Set.of(System.getProperty("devopstrack.real-images", "").split(","));
        if (stores.contains("mongo")) {
            startMongo();
        }
        if (stores.contains("influx")) {
            startInflux();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        started.forEach(GenericContainer::stop);
    }

    private void startMongo() {
        MongoDBContainer mongo = new MongoDBContainer("mongo:7");
        mongo.start();
        started.add(mongo);
        System.setProperty("PROJECTS_TEST_MONGODB_URI", mongo.getReplicaSetUrl("projects_test"));
    }

    private void startInflux() {
        GenericContainer<?> influx = new GenericContainer<>("influxdb:2.7")
                .withExposedPorts(8086)
                .withEnv("DOCKER_INFLUXDB_INIT_MODE", "setup")
                .withEnv("DOCKER_INFLUXDB_INIT_USERNAME", "devopstrack")
                .withEnv("DOCKER_INFLUXDB_INIT_PASSWORD", "devopstrack-real-images")
                .withEnv("DOCKER_INFLUXDB_INIT_ORG", "devopstrack")
                .withEnv("DOCKER_INFLUXDB_INIT_BUCKET", "metrics_test")
                .withEnv("DOCKER_INFLUXDB_INIT_ADMIN_TOKEN", INFLUX_TOKEN)
                .waitingFor(Wait.forHttp("/ping").forStatusCode(204).withStartupTimeout(Duration.ofMinutes(2)));
        influx.start();
        started.add(influx);
        String url = "http://" + influx.getHost() + ":" + influx.getMappedPort(8086);
        System.setProperty("INFLUX_URL", url);
        System.setProperty("INFLUX_TOKEN", INFLUX_TOKEN);
        System.setProperty("INFLUX_ORG", "devopstrack");
    }
}
