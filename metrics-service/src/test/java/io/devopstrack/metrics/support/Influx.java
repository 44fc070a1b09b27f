package io.devopstrack.metrics.support;

import io.devopstrack.testsupport.TestEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain InfluxQL over HTTP for test set-up and checks, independent of the code under test. */
public record Influx(String url, String database) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    // InfluxDB 2.x refuses /query without the token; 1.6.7 (auth off, behind the local proxy) ignores it.
    private static final String TOKEN = TestEnvironment.get("INFLUX_TOKEN", "local-dev-token");

    public JsonNode query(String statement) {
        String form = "db=" + enc(database) + "&epoch=ms&q=" + enc(statement);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Token " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("InfluxDB answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Number of points of a measurement that have the field (0 when it does not exist). */
    public long count(String measurement, String field) {
        JsonNode series = query("SELECT COUNT(\"" + field + "\") FROM \"" + measurement + "\"")
                .path("results")
                .path(0)
                .path("series");
        if (series.isMissingNode() || series.isEmpty()) {
            return 0;
        }
        return series.path(0).path("values").path(0).path(1).asLong();
    }

    public void dropMeasurements(String... measurements) {
        for (String measurement : measurements) {
            query("DROP MEASUREMENT \"" + measurement + "\"");
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
