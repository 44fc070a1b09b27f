package io.devopstrack.auth.support;

import io.devopstrack.auth.config.AuthProperties;
import io.devopstrack.auth.config.SecurityConfig;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A {@code @WebMvcTest} of auth-service's controllers behind its real {@link SecurityConfig} and {@link AuthProperties}.
 * Test classes extend {@link io.devopstrack.testsupport.WebSliceTest} for the {@code MockMvc}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(SecurityConfig.class)
@EnableConfigurationProperties(AuthProperties.class)
public @interface AuthWebTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
