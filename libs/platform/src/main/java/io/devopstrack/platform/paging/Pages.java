package io.devopstrack.platform.paging;

import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;

/**
 * Spring Data's stable page form, {@code {"content": [...], "page": {"size", "number", "totalElements",
 * "totalPages"}}}, for stores that count and slice themselves (JDBC, Redis) rather than through a repository.
 */
public final class Pages {

    private Pages() {}

    public static <T> PagedModel<T> of(List<T> content, int number, int size, long totalElements) {
        return new PagedModel<>(new PageImpl<>(content, PageRequest.of(number, size), totalElements));
    }
}
