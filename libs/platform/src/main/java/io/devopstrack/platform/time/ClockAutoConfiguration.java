package io.devopstrack.platform.time;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The one clock of every service: UTC, ticking by the millisecond, the precision every store and answer keeps
 * (MongoDB dates, the job JSON in Redis, ISO-8601 in the API), so that a time answered is the time read back later.
 * A service or test that declares its own {@link Clock} bean replaces it.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
