package io.devopstrack.projects.web;

import io.devopstrack.platform.paging.Pages;
import io.devopstrack.platform.problem.InvalidInput;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.web.PagedModel;

/** The {@code page} (from 0) and {@code size} (default 20; more than 100 is served as 100) of a list endpoint. */
public record Paging(int number, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The two query parameters as a list endpoint binds them ({@code @ParameterObject}), not yet checked. */
    public record Params(Integer page, Integer size) {

        /** Checked in the controller, before any lookup: a bad page is a 400 even for a project that does not exist. */
        public Paging paging() {
            return Paging.of(page, size);
        }
    }

    public static Paging of(Integer page, Integer size) {
        if (page != null && page < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (size != null && size < 1) {
            throw new InvalidInput("size", "must be 1 or more");
        }
        return new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : Math.min(size, MAX_SIZE));
    }

    /** The query narrowed to this page of its results. */
    public Query applyTo(Query query) {
        return query.with(PageRequest.of(number, size));
    }

    public <T> PagedModel<T> page(List<T> content, long total) {
        return Pages.of(content, number, size, total);
    }
}
