package io.devopstrack.projects.web;

/** One entry of a 400 problem document's {@code errors}. */
public record FieldError(String field, String message) {
}
