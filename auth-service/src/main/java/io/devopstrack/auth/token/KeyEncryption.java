package io.devopstrack.auth.token;

import io.devopstrack.auth.config.AuthProperties;
import io.devopstrack.platform.crypto.AesGcm;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Component;

/**
 * Encrypts signing private keys at rest with AES-256-GCM under a key derived from AUTH_KEY_ENCRYPTION_KEY, so a
 * database dump alone cannot mint tokens. Without that variable the keys are stored unencrypted (local runs).
 */
@Component
class KeyEncryption {

    private final AesGcm aes;

    KeyEncryption(AuthProperties properties) {
        String secret = properties.keys().encryptionKey();
        this.aes = secret == null || secret.isBlank() ? null : AesGcm.fromPassphrase(secret);
    }

    boolean enabled() {
        return aes != null;
    }

    byte[] encrypt(byte[] plain) {
        try {
            return aes.seal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a signing key", e);
        }
    }

    byte[] decrypt(byte[] stored) {
        if (aes == null) {
            throw new IllegalStateException(
                    "The signing keys in the database are encrypted but AUTH_KEY_ENCRYPTION_KEY is not set");
        }
        try {
            return aes.open(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot decrypt a signing key: is AUTH_KEY_ENCRYPTION_KEY the right one?", e);
        }
    }
}
