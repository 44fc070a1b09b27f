package io.devopstrack.jobs;

import org.springframework.boot.SpringBootConfiguration;

/** The library has no application class; {@code @JsonTest} needs a configuration to start from. */
@SpringBootConfiguration
class JobsJsonTestConfiguration {}
