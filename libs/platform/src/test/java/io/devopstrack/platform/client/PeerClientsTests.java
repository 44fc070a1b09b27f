package io.devopstrack.platform.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class PeerClientsTests {

    @Test
    void anAnswerIsReusedWithinItsTimeToLive() {
        Cache<String, String> cache = PeerClients.answerCache(Duration.ofMinutes(1));

        cache.put("tag", "answer");

        assertThat(cache.getIfPresent("tag")).isEqualTo("answer");
        assertThat(cache.getIfPresent("other")).isNull();
    }

    @Test
    void aRemovedAnswerIsAskedAgain() {
        Cache<String, String> cache = PeerClients.answerCache(Duration.ofMinutes(1));
        cache.put("tag", "answer");

        cache.invalidate("tag");

        assertThat(cache.getIfPresent("tag")).isNull();
    }

    @Test
    void atMostTenThousandAnswersAreKept() {
        Cache<Integer, String> cache = PeerClients.answerCache(Duration.ofMinutes(1));

        for (int tag = 0; tag < PeerClients.MAX_ANSWERS + 1_000; tag++) {
            cache.put(tag, "answer");
        }
        cache.cleanUp();

        assertThat(cache.estimatedSize()).isEqualTo(PeerClients.MAX_ANSWERS);
    }

    @Test
    void aTimeToLiveOfZeroKeepsNothing() {
        Cache<String, String> cache = PeerClients.answerCache(Duration.ZERO);

        cache.put("tag", "answer");

        assertThat(cache.getIfPresent("tag")).isNull();
    }

    @Test
    void onlyUnauthorizedAndForbiddenAreARefusedToken() {
        assertThat(PeerClients.refusedToken(HttpStatus.UNAUTHORIZED)).isTrue();
        assertThat(PeerClients.refusedToken(HttpStatus.FORBIDDEN)).isTrue();
        assertThat(PeerClients.refusedToken(HttpStatus.NOT_FOUND)).isFalse();
        assertThat(PeerClients.refusedToken(HttpStatus.TOO_MANY_REQUESTS)).isFalse();
    }
}
