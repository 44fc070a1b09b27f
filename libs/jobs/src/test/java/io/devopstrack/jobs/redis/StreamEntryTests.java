package io.devopstrack.jobs.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamEntryTests {

    @Test
    void aFieldTheEntryLacksReadsAsEmpty() {
        StreamEntry deletedWhilePending = new StreamEntry("2-0", Map.of());

        assertThat(deletedWhilePending.field("jobId")).isEmpty();
        assertThat(new StreamEntry("1-0", Map.of("jobId", "job-1")).field("jobId"))
                .isEqualTo("job-1");
    }
}
