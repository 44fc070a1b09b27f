package io.devopstrack.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class HeaderCharactersTests {

    @Test
    void namesAndValuesAreJudgedAsSpringSecurityJudgesThem() {
        List<String> differences = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String alone = Character.toString(codePoint);
            for (String value : List.of(alone, "a" + alone + "b")) {
                if (HeaderCharacters.NAMES.test(value) != StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(value)
                        || HeaderCharacters.VALUES.test(value)
                                != StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(value)) {
                    differences.add(Integer.toHexString(codePoint));
                }
            }
        }

        assertThat(differences).isEmpty();
        assertThat(HeaderCharacters.VALUES.test("sha256=ab\tcd")).isTrue();
        assertThat(HeaderCharacters.NAMES.test("X-Tab\tName")).isFalse();
        assertThat(HeaderCharacters.VALUES.test("line\nbreak")).isFalse();
        assertThat(HeaderCharacters.VALUES.test("")).isTrue();
    }

    @Test
    void theFirewallRejectsAControlCharacterInAHeaderWhenItIsRead() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/hooks/github/1");
        request.addHeader("X-GitHub-Event", "push\u0000");

        var firewalled = HeaderCharacters.firewall().getFirewalledRequest(request);

        Assertions.assertThatThrownBy(() -> firewalled.getHeader("X-GitHub-Event"))
                .isInstanceOf(RequestRejectedException.class);
    }
}
