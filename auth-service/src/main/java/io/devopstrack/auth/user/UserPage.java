package io.devopstrack.auth.user;

import java.util.List;

/** Spring Data's stable page form, which every list endpoint of the platform answers. */
public record UserPage(List<UserResponse> content, PageMetadata page) {

    public record PageMetadata(int number, int size, long totalElements, long totalPages) {
    }

    static UserPage of(List<User> users, int number, int size, long totalElements) {
        long totalPages = (totalElements + size - 1) / size;
        return new UserPage(users.stream().map(UserResponse::of).toList(),
                new PageMetadata(number, size, totalElements, totalPages));
    }
}
