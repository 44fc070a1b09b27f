package io.devopstrack.projects.project;

import java.util.List;

/** Spring Data's stable page form: {@code {content, page: {number, size, totalElements, totalPages}}}. */
public record PageResponse<T>(List<T> content, PageMetadata page) {

    public record PageMetadata(int number, int size, long totalElements, long totalPages) {
    }

    public static <T> PageResponse<T> of(List<T> content, int number, int size, long totalElements) {
        long totalPages = (totalElements + size - 1) / size;
        return new PageResponse<>(content, new PageMetadata(number, size, totalElements, totalPages));
    }
}
