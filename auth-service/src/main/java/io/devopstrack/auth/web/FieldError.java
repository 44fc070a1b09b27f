package io.devopstrack.auth.web;

/** One entry of a 400 problem's {@code errors} list. */
public record FieldError(String field, String message) {
}
