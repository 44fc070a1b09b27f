package io.devopstrack.platform.problem;

/** One entry of a 400 problem document's {@code errors}: which field, and what is wrong with it. */
public record FieldError(String field, String message) {}
