package io.devopstrack.platform.security;

import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The header rules of Spring Security's {@link StrictHttpFirewall} (names: assigned code points, no control
 * characters; values: the same, tab allowed), checked code point by code point instead of by the firewall's
 * regular expressions, which took a tenth of a hook request's CPU (every header of every request, on every read).
 */
final class HeaderCharacters {

    static final Predicate<String> NAMES = value -> allAllowed(value, false);
    static final Predicate<String> VALUES = value -> allAllowed(value, true);

    private HeaderCharacters() {}

    /** A firewall as strict as Spring Security's default, with the faster header checks. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(NAMES);
        firewall.setAllowedHeaderValues(VALUES);
        return firewall;
    }

    private static boolean allAllowed(String value, boolean tabAllowed) {
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            boolean allowed = Character.getType(codePoint) != Character.UNASSIGNED
                    && (!Character.isISOControl(codePoint) || tabAllowed && codePoint == '\t');
            if (!allowed) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
