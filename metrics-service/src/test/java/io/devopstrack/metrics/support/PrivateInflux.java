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
 * write path the way deploy/local/servers.sh's proxy does, so that a test can stop and restart InfluxDB without
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
        return """
                reporting-disabled = true
                bind-address = "127.0.0.1:%d"
                [meta]
                  dir = "%s/meta"
                [data]
                  dir = "%s/data"
                  wal-dir = "%s/wal"
                  query-log-enabled = false
                [http]
                  bind-address = "127.0.0.1:%d"
                  log-enabled = false
                [monitor]
                  store-enabled = false
                [continuous_queries]
                  enabled = false
                """.formatted(rpcPort, dir, dir, dir, influxdPort);
    }

    // The same mapping as deploy/local/servers.sh: 2.x write path to 1.x /write, "us" precision to "u".
    private String proxyConfig() {
        Path proxy = dir.resolve("proxy");
        return """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %s/nginx.pid;
                events { worker_connections 256; }
                http {
                  access_log off;
                  client_body_temp_path %s/body;
                  proxy_temp_path %s/tmp;
                  fastcgi_temp_path %s/fastcgi;
                  uwsgi_temp_path %s/uwsgi;
                  scgi_temp_path %s/scgi;
                  client_max_body_size 64m;
                  map $arg_precision $influx_precision { default $arg_precision; "" ns; us u; }
                  upstream influxd { server 127.0.0.1:%d; keepalive 8; }
                  server {
                    listen 127.0.0.1:%d;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Authorization "";
                    location = /api/v2/write {
                      proxy_pass http://influxd/write?db=$arg_bucket&precision=$influx_precision;
                    }
                    location / {
                      proxy_pass http://influxd;
                    }
                  }
                }
                """.formatted(proxy, proxy, proxy, proxy, proxy, proxy, influxdPort, proxyPort);
    }

    // Debian installs nginx in /usr/sbin, which is not on a normal user's PATH.
    private static String nginxCommand() {
        return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
    }
}
