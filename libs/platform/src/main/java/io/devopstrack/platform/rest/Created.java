package io.devopstrack.platform.rest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The 201 answer of every create endpoint: the new resource in the body and its path in {@code Location}, relative
 * as docs/contracts.md shows it, from a URI template. What a path may not hold is encoded ({@code 1.0 rc} becomes
 * {@code 1.0%20rc}); what it may is kept ({@code 1.4.0-rc.1+build.7} stays as it is).
 */
public final class Created {

    private Created() {}

    public static <T> ResponseEntity<T> at(T body, String pathTemplate, Object... variables) {
        return ResponseEntity.created(UriComponentsBuilder.fromPath(pathTemplate)
                        .buildAndExpand(variables)
                        .encode()
                        .toUri())
                .body(body);
    }
}
