package io.devopstrack.projects.web;

import java.util.List;

/** Input that passed JSON binding but breaks a rule: 400 naming the fields. */
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInput(String field, String message) {
        super(field + ": " + message);
        this.errors = List.of(new FieldError(field, message));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
