package io.devopstrack.projects.integration;

import io.devopstrack.platform.crypto.AesGcm;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Hook secrets: made from 32 random bytes (URL-safe base64, 43 characters), stored encrypted with AES-GCM
 * ({@link AesGcm}, base64 of nonce and ciphertext) under the configured key, and opened only to verify a
 * delivery. A wrong key or a tampered value fails loudly instead of verifying against garbage.
 */
@Component
public class SecretBox {

    private final SecureRandom random = new SecureRandom();
    private final AesGcm aes;

    public SecretBox(IntegrationProperties properties) {
        byte[] raw = properties.secretKey() == null
                ? new byte[0]
                : Base64.getDecoder().decode(properties.secretKey());
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalStateException("DEVOPSTRACK_HOOK_SECRET_KEY must be the base64 of 16, 24 or 32 bytes");
        }
        this.aes = new AesGcm(raw);
    }

    public String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String seal(String secret) {
        try {
            return Base64.getEncoder().encodeToString(aes.seal(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hook secret cannot be sealed", e);
        }
    }

    public String open(String sealedSecret) {
        try {
            return new String(aes.open(Base64.getDecoder().decode(sealedSecret)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hook secret cannot be opened", e);
        }
    }
}
