package io.devopstrack.projects.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PayloadsTests {

    @Test
    void aGitHubRunComesBackByteForByteAndAtLeastFiveTimesSmaller() {
        byte[] json = fixture("/hooks/github/workflow_run.completed.json");

        byte[] stored = Payloads.gzip(json);

        assertThat(Payloads.gunzip(stored)).isEqualTo(json);
        assertThat(stored.length).isLessThan(json.length / 5);
    }

    @Test
    void storesPlainGzipThatAnyReaderOpens() throws IOException {
        byte[] json = "{\"action\":\"completed\"}".getBytes(StandardCharsets.UTF_8);

        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Payloads.gzip(json)))) {
            assertThat(in.readAllBytes()).isEqualTo(json);
        }
    }

    @Test
    void theLargestBodyAHookTakesFitsAMongoDocument() {
        // 25 MB of real JSON (GitHub's cap) must fit MongoDB's 16 MB document limit once stored
        byte[] run = fixture("/hooks/github/workflow_run.completed.json");
        byte[] body = new byte[25 * 1024 * 1024];
        for (int at = 0; at < body.length; at += run.length) {
            System.arraycopy(run, 0, body, at, Math.min(run.length, body.length - at));
        }

        assertThat(Payloads.gzip(body).length).isLessThan(16 * 1024 * 1024);
    }

    private static byte[] fixture(String path) {
        try (InputStream in = PayloadsTests.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
