package io.devopstrack.projects.hook;

import io.devopstrack.projects.repo.VcsRepository;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a delivery's repository is one the project lists. URLs are compared as {@code host/path}, so that the
 * https, ssh ({@code git@host:path}), git:// and {@code .git}-suffixed spellings of one repository are equal.
 */
final class RepositoryMatch {

    private static final Pattern SCP_LIKE = Pattern.compile("^[\\w.-]+@([^:/]+):(.+)$");
    private static final Pattern SCHEME_AND_USER = Pattern.compile("^[a-z][a-z0-9+.-]*://([^@/]+@)?");
    private static final Pattern PORT = Pattern.compile("^([^/:]+):\\d+/");

    private RepositoryMatch() {}

    /** Null when the delivery may go on; else the reason it is ignored. A project listing no repository takes all. */
    static String ignoredReason(List<VcsRepository> listed, List<String> deliveryUrls) {
        if (listed.isEmpty() || deliveryUrls.isEmpty()) {
            return null;
        }
        List<String> known = listed.stream()
                .map(VcsRepository::url)
                .map(RepositoryMatch::normalize)
                .toList();
        boolean listedHere = deliveryUrls.stream()
                .filter(Objects::nonNull)
                .map(RepositoryMatch::normalize)
                .anyMatch(known::contains);
        return listedHere ? null : "repository " + deliveryUrls.get(0) + " is not a repository of this project";
    }

    static String normalize(String url) {
        String value = url.trim().toLowerCase(Locale.ROOT);
        Matcher scp = SCP_LIKE.matcher(value);
        if (scp.matches() && !value.contains("://")) {
            value = scp.group(1) + "/" + scp.group(2);
        } else {
            value = SCHEME_AND_USER.matcher(value).replaceFirst("");
            value = PORT.matcher(value).replaceFirst("$1/");
        }
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        return value.endsWith(".git") ? value.substring(0, value.length() - 4) : value;
    }
}
