package io.devopstrack.auth.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.auth.support.AuthApi.Response;
import io.devopstrack.auth.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LastAdminIntegrationTests extends IntegrationTest {

    private UUID firstAdmin;

    @AfterEach
    void restoreTheFirstAdmin() {
        if (firstAdmin != null) {
            jdbc.sql("update users set enabled = true where id = ?")
                    .param(firstAdmin)
                    .update();
        }
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledDemotedOrDeleted() {
        TestUser admin = createUser(Role.ADMIN);
        String token = accessTokenOf(admin);
        firstAdmin = userService.findByUsername("admin").orElseThrow().id();
        jdbc.sql("update users set enabled = false where id = ?")
                .param(firstAdmin)
                .update();

        Response disable = api.patch("/auth/users/" + admin.id(), Map.of("enabled", false), token);
        Response demote = api.patch("/auth/users/" + admin.id(), Map.of("roles", new String[] {"VIEWER"}), token);
        Response delete = api.delete("/auth/users/" + admin.id(), token);

        assertThat(disable.status()).isEqualTo(409);
        assertThat(demote.status()).isEqualTo(409);
        assertThat(delete.status()).isEqualTo(409);
        UserResponse stored = userService.get(UUID.fromString(admin.id()));
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.roles()).containsExactly(Role.ADMIN);
    }
}
