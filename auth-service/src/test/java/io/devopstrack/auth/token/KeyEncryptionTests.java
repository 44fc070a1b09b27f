package io.devopstrack.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopstrack.auth.config.AuthProperties;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyEncryptionTests {

    private static final byte[] PRIVATE_KEY = "pretend this is a PKCS#8 key".getBytes(StandardCharsets.UTF_8);

    @Test
    void encryptedKeyDecryptsWithTheSameSecretOnly() {
        byte[] stored = withSecret("first-secret").encrypt(PRIVATE_KEY);

        assertThat(stored).isNotEqualTo(PRIVATE_KEY);
        assertThat(withSecret("first-secret").decrypt(stored)).isEqualTo(PRIVATE_KEY);
        assertThatThrownBy(() -> withSecret("other-secret").decrypt(stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void encryptingTwiceGivesDifferentCiphertexts() {
        KeyEncryption encryption = withSecret("a-secret");

        assertThat(encryption.encrypt(PRIVATE_KEY)).isNotEqualTo(encryption.encrypt(PRIVATE_KEY));
    }

    @Test
    void anEncryptedKeyWithoutTheSecretFailsNamingTheVariable() {
        byte[] stored = withSecret("a-secret").encrypt(PRIVATE_KEY);
        KeyEncryption none = withSecret("");

        assertThat(none.enabled()).isFalse();
        assertThatThrownBy(() -> none.decrypt(stored)).hasMessageContaining("AUTH_KEY_ENCRYPTION_KEY");
    }

    private static KeyEncryption withSecret(String secret) {
        return new KeyEncryption(
                new AuthProperties(null, null, null, null, null, new AuthProperties.Keys(secret, null, null)));
    }
}
