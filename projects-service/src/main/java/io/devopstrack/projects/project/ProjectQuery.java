package io.devopstrack.projects.project;

import io.devopstrack.platform.problem.InvalidInput;
import io.devopstrack.projects.web.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The list filters: the page ({@link Paging}), sort, q (name contains), tag. */
public record ProjectQuery(Paging paging, Sort sort, String q, String tag) {

    private static final Set<String> SORTABLE = Set.of("name", "createdAt", "updatedAt");
    private static final Pattern REGEX_SPECIALS = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

    public static ProjectQuery of(Paging paging, List<String> sort, String q, String tag) {
        if (q != null && q.length() > 100) {
            throw new InvalidInput("q", "must be at most 100 characters");
        }
        if (tag != null && tag.length() > 40) {
            throw new InvalidInput("tag", "must be at most 40 characters");
        }
        return new ProjectQuery(paging, parseSort(sort), blankToNull(q), blankToNull(tag));
    }

    Query toQuery() {
        List<Criteria> criteria = new ArrayList<>();
        if (q != null) {
            // a literal, case-insensitive "contains": a regex query, since $text is not available everywhere
            criteria.add(Criteria.where("name")
                    .regex(
                            REGEX_SPECIALS.matcher(q).replaceAll(m -> "\\\\" + Matcher.quoteReplacement(m.group())),
                            "i"));
        }
        if (tag != null) {
            criteria.add(Criteria.where("tags").is(tag));
        }
        return criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
    }

    private static Sort parseSort(List<String> sort) {
        if (sort == null || sort.isEmpty()) {
            return Sort.by("name");
        }
        // sort=name,asc arrives either as one value or, with repeated parameters, as several
        List<Sort.Order> orders = new ArrayList<>();
        for (int i = 0; i < sort.size(); i++) {
            String property = sort.get(i).trim();
            String direction = "asc";
            if (property.contains(",")) {
                String[] parts = property.split(",", 2);
                property = parts[0].trim();
                direction = parts[1].trim().toLowerCase(Locale.ROOT);
            } else if (i + 1 < sort.size() && isDirection(sort.get(i + 1))) {
                direction = sort.get(++i).trim().toLowerCase(Locale.ROOT);
            }
            if (!SORTABLE.contains(property)) {
                throw new InvalidInput(
                        "sort", "must be one of name, createdAt, updatedAt, optionally with ,asc or ,desc");
            }
            if (!isDirection(direction)) {
                throw new InvalidInput("sort", "direction must be asc or desc");
            }
            orders.add(direction.equals("desc") ? Sort.Order.desc(property) : Sort.Order.asc(property));
        }
        return Sort.by(orders);
    }

    private static boolean isDirection(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.equals("asc") || v.equals("desc");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
