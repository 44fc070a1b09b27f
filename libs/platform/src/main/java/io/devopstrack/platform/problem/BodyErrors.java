package io.devopstrack.platform.problem;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import tools.jackson.core.JacksonException;

/** Names the field of a binding error the way a client wrote it: {@code stages[0]}, {@code owner.name}. */
final class BodyErrors {

    private BodyErrors() {}

    /** A body Jackson could not read: the field where it failed, or {@code body} when it is not JSON at all. */
    static FieldError unreadable(HttpMessageNotReadableException e) {
        JacksonException jackson = jacksonCauseWithPath(e);
        if (jackson == null) {
            return new FieldError("body", "must be a JSON document of the expected shape");
        }
        String message = jackson.getClass().getSimpleName().equals("UnrecognizedPropertyException")
                ? "is not a known field"
                : "has the wrong type or format";
        return new FieldError(path(jackson), message);
    }

    static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter" : name;
    }

    static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    /** The outermost Jackson exception that knows where in the document it failed. */
    private static JacksonException jacksonCauseWithPath(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return jackson;
            }
        }
        return null;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
