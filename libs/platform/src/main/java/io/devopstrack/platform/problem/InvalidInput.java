package io.devopstrack.platform.problem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/** Input that breaks a rule: 400 naming the fields. Thrown by code, and built by the advice for binding errors. */
public class InvalidInput extends ApiException {

    private final List<FieldError> errors;

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInput(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, HttpStatus.BAD_REQUEST.getReasonPhrase(), detail(errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }

    private static String detail(List<FieldError> errors) {
        return "Invalid input: "
                + errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
    }
}
