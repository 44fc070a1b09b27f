package io.devopstrack.worker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TasksWorkerApplication {

    public static void main(String[] args) {
        SpringApplication.run(TasksWorkerApplication.class, args);
    }
}
