package io.devopstrack.auth.user;

import io.devopstrack.auth.token.RefreshTokens;
import io.devopstrack.platform.paging.Pages;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.web.PagedModel;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User administration. Its operations answer with the API view, as its page does: the hash never leaves it. */
@Service
public class UserService {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, RefreshTokens refreshTokens, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @Transactional
    public UserResponse create(CreateUserRequest request) {
        String hash = hash(request.password());
        Instant now = now();
        User user = new User(UUID.randomUUID(), request.username(), hash, true, request.roles(), now, now);
        try {
            users.insert(user);
        } catch (DuplicateKeyException e) {
            throw new UsernameTaken(request.username());
        }
        return UserResponse.of(user);
    }

    @Transactional(readOnly = true)
    public UserResponse get(UUID id) {
        return UserResponse.of(find(id));
    }

    @Transactional(readOnly = true)
    public Optional<User> findByUsername(String username) {
        return users.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public PagedModel<UserResponse> page(int page, int size) {
        List<UserResponse> content =
                users.findPage(page, size).stream().map(UserResponse::of).toList();
        return Pages.of(content, page, size, users.count());
    }

    @Transactional
    public UserResponse update(UUID id, UpdateUserRequest request) {
        users.lockAdminChanges();
        User before = find(id);
        Instant now = now();
        User after = before;
        if (request.roles() != null) {
            after = after.withRoles(request.roles(), now);
        }
        if (request.enabled() != null) {
            after = after.withEnabled(request.enabled(), now);
        }
        if (request.password() != null) {
            after = after.withPasswordHash(hash(request.password()), now);
        }
        requireAnotherAdminIfRemoving(before, after.isEnabledAdmin());
        users.update(after);
        if (!after.enabled() || request.password() != null) {
            refreshTokens.revokeAllOf(id);
        }
        return UserResponse.of(after);
    }

    @Transactional
    public void delete(UUID id) {
        users.lockAdminChanges();
        User user = find(id);
        requireAnotherAdminIfRemoving(user, false);
        users.delete(id);
    }

    private User find(UUID id) {
        return users.findById(id).orElseThrow(() -> new UserNotFound(id));
    }

    private void requireAnotherAdminIfRemoving(User before, boolean stillEnabledAdmin) {
        if (before.isEnabledAdmin() && !stillEnabledAdmin && users.countEnabledAdmins() <= 1) {
            throw new LastAdminRequired();
        }
    }

    private String hash(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordTooLong.MAX_BYTES) {
            throw new PasswordTooLong();
        }
        return passwordEncoder.encode(password);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
