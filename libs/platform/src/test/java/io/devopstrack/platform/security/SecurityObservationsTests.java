package io.devopstrack.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import tools.jackson.databind.json.JsonMapper;

class SecurityObservationsTests {

    private final WebApplicationContextRunner contexts = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ResourceServerAutoConfiguration.class))
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build());

    @Test
    void springSecurityObservesNeitherRequestsNorAuthenticationsNorAuthorizations() {
        contexts.run(context -> {
            SecurityObservationSettings settings = context.getBean(SecurityObservationSettings.class);
            assertThat(settings.shouldObserveRequests()).isFalse();
            assertThat(settings.shouldObserveAuthentications()).isFalse();
            assertThat(settings.shouldObserveAuthorizations()).isFalse();
        });
    }

    @Test
    void aServiceThatWantsThemBackDeclaresItsOwnSettings() {
        contexts.withUserConfiguration(ObserveRequests.class)
                .run(context -> assertThat(context.getBean(SecurityObservationSettings.class)
                                .shouldObserveRequests())
                        .isTrue());
    }

    @Configuration(proxyBeanMethods = false)
    static class ObserveRequests {

        @Bean
        SecurityObservationSettings observeRequests() {
            return SecurityObservationSettings.withDefaults()
                    .shouldObserveRequests(true)
                    .build();
        }
    }
}
