package io.devopstrack.projects.hook;

import com.sun.net.httpserver.HttpServer;
import io.devopstrack.testsupport.ClosedPorts;
import io.devopstrack.testsupport.Processes;
import io.devopstrack.testsupport.StubHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;

/**
 * A Prometheus and an Alertmanager of the test's own (Debian's binaries, free loopback ports, a temporary folder,
 * fast intervals) and a tiny scrape target whose gauge {@code devopstrack_test_broken} the test sets: the rule
 * {@code TestTargetBroken} fires while it is above 0, and Alertmanager posts to the given hook URL with the
 * Bearer token read from a file, as deploy/alertmanager does. The shared 9090/9093 are never touched.
 */
final class PrivateAlerting implements AutoCloseable {

    static final String PROMETHEUS = "/usr/bin/prometheus";
    static final String ALERTMANAGER = "/usr/bin/prometheus-alertmanager";

    private final Path dir;
    private final AtomicReference<String> broken = new AtomicReference<>("0");
    private final List<Process> processes = new ArrayList<>();
    private HttpServer target;

    PrivateAlerting() {
        try {
            dir = Files.createTempDirectory("private-alerting");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void broken(boolean value) {
        broken.set(value ? "1" : "0");
    }

    PrivateAlerting start(String hookUrl, String secret) throws IOException {
        for (String binary : List.of(ALERTMANAGER, PROMETHEUS)) {
            if (!Files.isExecutable(Path.of(binary))) {
                throw new IllegalStateException(
                        binary + " is missing: run deploy/local/alertmanager.sh install (make test does)");
            }
        }
        target = StubHttp.server();
        target.createContext(
                "/metrics",
                exchange -> StubHttp.text(
                        exchange,
                        200,
                        "# TYPE devopstrack_test_broken gauge\ndevopstrack_test_broken " + broken.get() + "\n"));
        target.start();
        int alertmanagerPort = ClosedPorts.any();
        int prometheusPort = ClosedPorts.any();
        Path credentials = Files.writeString(dir.resolve("hook-token"), secret);
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(dir.resolve("alertmanager.yml"), """
                route:
                  receiver: devopstrack
                  group_by: [alertname]
                  group_wait: 1s
                  group_interval: 1s
                  repeat_interval: 1h
                receivers:
                  - name: devopstrack
                    webhook_configs:
                      - url: %s
                        send_resolved: true
                        http_config:
                          authorization:
                            credentials_file: %s
                """.formatted(hookUrl, credentials));
        Files.writeString(dir.resolve("rules.yml"), """
                groups:
                  - name: test
                    interval: 1s
                    rules:
                      - alert: TestTargetBroken
                        expr: devopstrack_test_broken > 0
                        labels:
                          environment: prod
                        annotations:
                          summary: the test target is broken
                """);
        Files.writeString(dir.resolve("prometheus.yml"), """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                alerting:
                  alertmanagers:
                    - static_configs:
                        - targets: ['127.0.0.1:%d']
                rule_files: ['%s']
                scrape_configs:
                  - job_name: target
                    static_configs:
                      - targets: ['127.0.0.1:%d']
                """.formatted(
                alertmanagerPort, dir.resolve("rules.yml"), target.getAddress().getPort()));
        run(
                "alertmanager",
                ALERTMANAGER,
                "--config.file=" + dir.resolve("alertmanager.yml"),
                "--storage.path=" + dir.resolve("am-data"),
                "--web.listen-address=127.0.0.1:" + alertmanagerPort,
                "--cluster.listen-address=");
        run(
                "prometheus",
                PROMETHEUS,
                "--config.file=" + dir.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + dir.resolve("prom-data"),
                "--web.listen-address=127.0.0.1:" + prometheusPort);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> accepting(alertmanagerPort) && accepting(prometheusPort));
        return this;
    }

    String logs() throws IOException {
        return Files.readString(dir.resolve("alertmanager.log")) + Files.readString(dir.resolve("prometheus.log"));
    }

    private void run(String name, String... command) throws IOException {
        processes.add(new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start());
    }

    @Override
    public void close() {
        for (Process process : processes) {
            Processes.stop(process, Duration.ofSeconds(10));
        }
        if (target != null) {
            target.stop(0);
        }
    }

    private static boolean accepting(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
