package io.devopstrack.testsupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * What a slice test ({@code @WebMvcTest}) expects of an error answer: an RFC 9457 problem document
 * ({@code application/problem+json}) with its status, the 400's {@code errors: [{field, message}]}, and nothing of
 * the cause (no exception, no stack frame, no host or driver detail).
 */
public final class ProblemResults {

    private ProblemResults() {}

    /** A problem document with this status, in its body as in the response line. */
    public static ResultMatcher problem(HttpStatus status) {
        return all(
                MockMvcResultMatchers.status().is(status.value()),
                MockMvcResultMatchers.content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                MockMvcResultMatchers.jsonPath("$.status").value(status.value()));
    }

    /** A problem document with this status and title (a domain error's own title). */
    public static ResultMatcher problem(HttpStatus status, String title) {
        return all(problem(status), MockMvcResultMatchers.jsonPath("$.title").value(title));
    }

    /** A 400 whose {@code errors} name these fields and no other (a field may carry several messages). */
    public static ResultMatcher invalidFields(String... fields) {
        return all(
                problem(HttpStatus.BAD_REQUEST),
                MockMvcResultMatchers.jsonPath("$.errors[*].message").isNotEmpty(),
                MockMvcResultMatchers.jsonPath("$.errors[*].field").value(hasItems(fields)),
                MockMvcResultMatchers.jsonPath("$.errors[*].field").value(everyItem(in(fields))));
    }

    /** A body that shows nothing of the cause: no exception name, no stack frame, none of these words. */
    public static ResultMatcher leaksNothing(String... words) {
        List<String> hidden = new ArrayList<>(List.of("Exception", "\tat ", "java."));
        hidden.addAll(List.of(words));
        return all(hidden.stream()
                .map(word -> MockMvcResultMatchers.content().string(not(containsString(word))))
                .toArray(ResultMatcher[]::new));
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }
}
