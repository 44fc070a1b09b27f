package io.devopstrack.platform.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The wording of the problems that are not domain errors, written once for every service. */
public final class Problems {

    public static final String UNAUTHORIZED = "A valid bearer access token is required.";
    public static final String FORBIDDEN = "Your roles do not allow this request.";
    public static final String STORE_UNAVAILABLE = "A data store of this service is unavailable; retry later.";
    public static final String UNEXPECTED = "An unexpected error occurred.";
    public static final String DUPLICATE = "A resource with this unique value already exists.";

    private Problems() {}

    public static ProblemDetail of(ApiException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.detail());
        problem.setTitle(e.title());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }
}
