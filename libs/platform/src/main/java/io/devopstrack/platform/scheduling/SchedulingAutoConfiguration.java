package io.devopstrack.platform.scheduling;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs every service's {@code @Scheduled} methods (relays, sweeps, key rotation) on the scheduler Spring Boot
 * configures from {@code spring.task.scheduling.*}, which it does only once scheduling is enabled: hence first.
 */
@AutoConfiguration(before = TaskSchedulingAutoConfiguration.class)
@EnableScheduling
public class SchedulingAutoConfiguration {}
