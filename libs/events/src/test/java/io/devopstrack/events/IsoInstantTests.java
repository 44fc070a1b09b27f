package io.devopstrack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantTests {

    @Test
    void readsWhatInstantToStringWritesExactlyAsInstantParseDoes() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(0, 4_102_444_800L); // 1970 to 2100
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            String text = Instant.ofEpochSecond(seconds, nanos).toString();

            assertThat(IsoInstant.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-01-01T00:00:00.5Z",
                "2024-02-29T23:59:59.12345Z",
                "2025-12-31T10:00:00+02:00",
                "2025-01-01T24:00:00Z",
                "2025-01-01T00:00:00.Z"
            })
    void agreesWithInstantParseOnOtherLegalForms(String text) {
        assertThat(IsoInstant.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-02-30T00:00:00Z",
                "2025-01-01T25:00:00Z",
                "2025-01-01T00:60:00Z",
                "2025-01-01 00:00:00Z",
                "2025-01-01T00:00:00Z0",
                "2025-01-01T00:00:00.1234567890Z",
                "2025-1-01T00:00:00Z",
                "yesterday",
                ""
            })
    void rejectsWhatInstantParseRejects(String text) {
        assertThatThrownBy(() -> IsoInstant.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
