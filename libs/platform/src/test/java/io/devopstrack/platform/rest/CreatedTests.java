package io.devopstrack.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class CreatedTests {

    @Test
    void answers201WithTheBodyAndTheExpandedPathAsLocation() {
        ResponseEntity<String> created = Created.at("body", "/projects/{id}/versions/{version}", "p1", "1.2.0");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).isEqualTo("body");
        assertThat(created.getHeaders().getLocation()).hasToString("/projects/p1/versions/1.2.0");
    }

    @Test
    void encodesOnlyWhatAPathMayNotHold() {
        ResponseEntity<String> spaced = Created.at("body", "/projects/{id}/versions/{version}", "p1", "1.0 rc");
        ResponseEntity<String> semver = Created.at("body", "/projects/{id}/versions/{version}", "p1", "1.4.0-rc.1+b.7");

        assertThat(spaced.getHeaders().getLocation()).hasToString("/projects/p1/versions/1.0%20rc");
        assertThat(semver.getHeaders().getLocation()).hasToString("/projects/p1/versions/1.4.0-rc.1+b.7");
    }
}
