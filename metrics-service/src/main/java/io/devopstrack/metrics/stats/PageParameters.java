package io.devopstrack.metrics.stats;

import io.devopstrack.platform.paging.Pages;
import java.util.List;
import org.springframework.data.web.PagedModel;

/** {@code page} (from 0) and {@code size} (1 to 100, default 20) of a drill-down list. */
record PageParameters(int number, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /** The two query parameters as a request gives them (bound with {@code @ParameterObject}), not yet checked. */
    record Query(String page, String size) {

        PageParameters parse() {
            return PageParameters.parse(page, size);
        }
    }

    static PageParameters parse(String page, String size) {
        int number = integer("page", page, 0);
        int count = integer("size", size, DEFAULT_SIZE);
        if (number < 0) {
            throw new InvalidStatsQuery("page", "must be 0 or more");
        }
        if (count < 1 || count > MAX_SIZE) {
            throw new InvalidStatsQuery("size", "must be 1 to " + MAX_SIZE);
        }
        return new PageParameters(number, count);
    }

    /** This page of the whole list. */
    <T> PagedModel<T> of(List<T> all) {
        long start = Math.min((long) number * size, all.size());
        long end = Math.min(start + size, all.size());
        return Pages.of(all.subList((int) start, (int) end), number, size, all.size());
    }

    private static int integer(String parameter, String value, int fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidStatsQuery(parameter, "must be an integer");
        }
    }
}
