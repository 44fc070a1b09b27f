package io.devopstrack.platform.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

class ProblemDetailsAdviceTests {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Fixture())
            .setControllerAdvice(new ProblemDetailsAdvice())
            .build();

    @Test
    void aDomainExceptionIsItsOwnProblemWithItsPropertiesAndHeaders() throws Exception {
        mvc.perform(get("/throttled"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "30"))
                .andExpect(jsonPath("$.title").value("Slow down"))
                .andExpect(jsonPath("$.detail").value("Too many attempts."))
                .andExpect(jsonPath("$.retryAfterSeconds").value(30));
    }

    @Test
    void invalidFieldsAre400NamingEachField() throws Exception {
        problem(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\" \",\"tags\":[\"\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("name", "tags[0]")))
                .andExpect(jsonPath("$.detail").value("Invalid input: name, tags[0]"));
    }

    @Test
    void malformedJsonIs400OnTheBody() throws Exception {
        problem(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() throws Exception {
        problem(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"a\",\"tags\":7}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tags"));
    }

    @Test
    void aMistypedOrMissingParameterIs400NamingIt() throws Exception {
        problem(get("/count").param("limit", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        problem(get("/count"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void aWrongMethodIs405AndAWrongMediaType415() throws Exception {
        problem(post("/count")).andExpect(status().isMethodNotAllowed());
        problem(post("/things").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void aStoreThatIsDownIs503WithoutItsDriverMessage() throws Exception {
        problem(get("/store-down"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail").value(Problems.STORE_UNAVAILABLE))
                .andExpect(content().string(not(containsString("10.0.0.7"))));
        problem(get("/store-timeout")).andExpect(status().isServiceUnavailable());
    }

    @Test
    void aDuplicateKeyIs409() throws Exception {
        problem(get("/duplicate"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Problems.DUPLICATE));
    }

    @Test
    void anUnexpectedErrorIs500ThatLeaksNothing() throws Exception {
        problem(get("/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail").value(Problems.UNEXPECTED))
                .andExpect(content().string(not(containsString("SELECT"))))
                .andExpect(content().string(not(containsString("Fixture"))));
    }

    private ResultActions problem(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    record Thing(@NotBlank String name, @Size(max = 3) List<@NotBlank String> tags) {}

    static class Throttled extends ApiException {

        Throttled() {
            super(HttpStatus.TOO_MANY_REQUESTS, "Slow down", "Too many attempts.");
        }

        @Override
        public java.util.Map<String, Object> properties() {
            return java.util.Map.of("retryAfterSeconds", 30);
        }

        @Override
        public HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "30");
            return headers;
        }
    }

    @RestController
    static class Fixture {

        @GetMapping("/throttled")
        void throttled() {
            throw new Throttled();
        }

        @PostMapping("/things")
        Thing create(@Valid @RequestBody Thing thing) {
            return thing;
        }

        @GetMapping("/count")
        int count(@RequestParam int limit) {
            return limit;
        }

        @GetMapping("/store-down")
        void storeDown() {
            throw new DataAccessResourceFailureException("Connection refused: 10.0.0.7:5432");
        }

        @GetMapping("/store-timeout")
        void storeTimeout() {
            throw new IllegalStateException("wrapped", new QueryTimeoutException("Command timed out"));
        }

        @GetMapping("/duplicate")
        void duplicate() {
            throw new DuplicateKeyException("E11000 duplicate key error index: name_unique");
        }

        @GetMapping("/bug")
        void bug() {
            throw new IllegalStateException("SELECT * FROM users failed in Fixture");
        }
    }
}
