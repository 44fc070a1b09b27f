package io.devopstrack.projects;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ProjectsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProjectsServiceApplication.class, args);
    }
}
