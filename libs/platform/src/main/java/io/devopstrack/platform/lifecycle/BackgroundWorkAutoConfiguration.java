package io.devopstrack.platform.lifecycle;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Runs the service's {@link BackgroundWork.Starter} beans, if it has any, with the application. */
@AutoConfiguration
public class BackgroundWorkAutoConfiguration {

    @Bean
    BackgroundWork backgroundWork(ObjectProvider<BackgroundWork.Starter> starters) {
        return new BackgroundWork(starters.orderedStream().toList());
    }
}
