package io.devopstrack.platform.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Calls from one service to another (tasks-service and metrics-service ask projects-service) with the caller's own
 * token: a {@link RestClient} on the peer's base URL with one timeout for connecting and one for the answer, the
 * peer's refusal of that token told apart from its other answers, and a cache for the answers worth reusing.
 */
public final class PeerClients {

    static final int MAX_ANSWERS = 10_000;

    private PeerClients() {}

    /** From Spring Boot's builder, so that the observations and message converters it configures apply. */
    public static RestClient restClient(RestClient.Builder builder, String baseUrl, Duration timeout) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        return builder.baseUrl(baseUrl).requestFactory(requests).build();
    }

    /**
     * A Caffeine cache for a peer's answers that do not depend on who asks, each kept for the time to live (zero
     * keeps none), at most {@value #MAX_ANSWERS} of them.
     */
    public static <K, V> Cache<K, V> answerCache(Duration ttl) {
        return Caffeine.newBuilder()
                .expireAfterWrite(ttl.isNegative() ? Duration.ZERO : ttl)
                .maximumSize(MAX_ANSWERS)
                .build();
    }

    /** 401 or 403: the peer refused the caller's token, which asking again will not change. */
    public static boolean refusedToken(HttpStatusCode status) {
        return status.isSameCodeAs(HttpStatus.UNAUTHORIZED) || status.isSameCodeAs(HttpStatus.FORBIDDEN);
    }
}
