package io.devopstrack.projects.hook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Constant-time comparisons (MessageDigest.isEqual) of what a sender presents against the secret, and the digests
 * the hooks compute.
 */
final class Secrets {

    private Secrets() {}

    /** A presented token against the secret; both are hashed first so that not even their lengths leak. */
    static boolean tokenMatches(String presented, String secret) {
        return presented != null && MessageDigest.isEqual(sha256(presented), sha256(secret));
    }

    /** {@code Authorization: Bearer <secret>} (the scheme's name in any case), as Alertmanager and CDEvents send. */
    static boolean bearerMatches(HookRequest request, String secret) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return tokenMatches(authorization.substring(7).trim(), secret);
    }

    static byte[] hmacSha256(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(String value) {
        return sha256(value.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
