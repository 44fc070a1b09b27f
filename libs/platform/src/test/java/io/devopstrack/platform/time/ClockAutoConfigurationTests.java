package io.devopstrack.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ClockAutoConfigurationTests {

    private final ApplicationContextRunner contexts =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class));

    @Test
    void everyServiceGetsAUtcClockTickingByTheMillisecond() {
        contexts.run(context -> {
            Clock clock = context.getBean(Clock.class);
            assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
            for (int i = 0; i < 1_000; i++) {
                assertThat(clock.instant().getNano() % 1_000_000).isZero();
            }
        });
    }

    @Test
    void aClockOfItsOwnReplacesIt() {
        contexts.withUserConfiguration(FixedClock.class)
                .run(context ->
                        assertThat(context.getBean(Clock.class).instant()).isEqualTo(FixedClock.AT));
    }

    @Configuration(proxyBeanMethods = false)
    static class FixedClock {

        static final Instant AT = Instant.parse("2026-01-02T03:04:05.678901Z");

        @Bean
        Clock fixedClock() {
            return Clock.fixed(AT, ZoneOffset.UTC);
        }
    }
}
