package io.devopstrack.metrics.support;

import static org.awaitility.Awaitility.await;

import io.devopstrack.testsupport.ClosedPorts;
import io.devopstrack.testsupport.Processes;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An InfluxDB 1.x of the test's own (temporary data folder, free ports) behind its own nginx that serves the 2.x
 * write path from the configuration deploy/local/servers.sh starts the shared ones with, so that a test can stop and restart InfluxDB without
 * touching the shared servers. Both processes are children of the test and stopped by their handles.
 */
public final class PrivateInflux implements AutoCloseable {

    private final Path dir;
    private final int influxdPort;
    private final int proxyPort;
    private Process influxd;
    private final Process nginx;

    public PrivateInflux() {
        try {
            dir = Files.createTempDirectory("metrics-influx-");
            influxdPort = ClosedPorts.any();
            proxyPort = ClosedPorts.any();
            Files.writeString(dir.resolve("influxdb.conf"), influxConfig(ClosedPorts.any()));
            Files.createDirectories(dir.resolve("proxy"));
            Files.writeString(dir.resolve("proxy/nginx.conf"), proxyConfig());
            start();
            nginx = new ProcessBuilder(
                            nginxCommand(),
                            "-c",
                            dir.resolve("proxy/nginx.conf").toString(),
                            "-p",
                            dir.resolve("proxy").toString(),
                            "-e",
                            dir.resolve("proxy/error.log").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("proxy/nginx.out").toFile())
                    .start();
            await().atMost(Duration.ofSeconds(20)).until(() -> ping(proxyPort));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address clients use (the proxy). */
    public String url() {
        return "http://127.0.0.1:" + proxyPort;
    }

    /** InfluxDB itself, for set-up statements. */
    public String directUrl() {
        return "http://127.0.0.1:" + influxdPort;
    }

    public void start() {
        try {
            influxd = new ProcessBuilder(
                            "influxd", "-config", dir.resolve("influxdb.conf").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            dir.resolve("influxd.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> ping(influxdPort));
    }

    public void stop() {
        Processes.stop(influxd, Duration.ofSeconds(20));
    }

    @Override
    public void close() {
        Processes.stop(nginx, Duration.ofSeconds(20));
        Processes.stop(influxd, Duration.ofSeconds(20));
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static boolean ping(int port) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ping"))
                                    .timeout(Duration.ofSeconds(1))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 204;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String influxConfig(int rpcPort) {
        return template("influxdb.conf.in")
                .replace("@DIR@", dir.toString())
                .replace("@HTTP_PORT@", String.valueOf(influxdPort))
                .replace("@RPC_PORT@", String.valueOf(rpcPort));
    }

    // Run in the foreground as the test's child, hence no daemon and no master process.
    private String proxyConfig() {
        Path proxy = dir.resolve("proxy");
        return """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                events { worker_connections 256; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/tmp;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                %2$s
                }
                """.formatted(
                        proxy,
                        template("influx-proxy.conf.in")
                                .replace("@INFLUXD_PORT@", String.valueOf(influxdPort))
                                .replace("@PORT@", String.valueOf(proxyPort)));
    }

    /** The configuration deploy/local/servers.sh starts the shared servers with (tests run in the module's folder). */
    private static String template(String name) {
        try {
            return Files.readString(Path.of("..", "deploy", "local", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Debian installs nginx in /usr/sbin, which is not on a normal user's PATH.
    private static String nginxCommand() {
        return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
    }
}
