package io.devopstrack.platform.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class AnswerCacheTests {

    @Test
    void anAnswerIsReusedWithinItsTimeToLive() {
        AnswerCache<String, String> cache = new AnswerCache<>(Duration.ofMinutes(1));

        cache.put("tag", "answer");

        assertThat(cache.get("tag")).isEqualTo("answer");
        assertThat(cache.get("other")).isNull();
    }

    @Test
    void aRemovedAnswerIsAskedAgain() {
        AnswerCache<String, String> cache = new AnswerCache<>(Duration.ofMinutes(1));
        cache.put("tag", "answer");

        cache.remove("tag");

        assertThat(cache.get("tag")).isNull();
    }

    @Test
    void aTimeToLiveOfZeroKeepsNothing() {
        AnswerCache<String, String> cache = new AnswerCache<>(Duration.ZERO);

        cache.put("tag", "answer");

        assertThat(cache.get("tag")).isNull();
    }

    @Test
    void onlyUnauthorizedAndForbiddenAreARefusedToken() {
        assertThat(PeerClients.refusedToken(HttpStatus.UNAUTHORIZED)).isTrue();
        assertThat(PeerClients.refusedToken(HttpStatus.FORBIDDEN)).isTrue();
        assertThat(PeerClients.refusedToken(HttpStatus.NOT_FOUND)).isFalse();
        assertThat(PeerClients.refusedToken(HttpStatus.TOO_MANY_REQUESTS)).isFalse();
    }
}
