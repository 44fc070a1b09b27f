package io.devopstrack.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption at rest with AES-GCM, in the one stored form of the repository: a fresh 12-byte nonce, then the
 * ciphertext with its 128-bit tag. A wrong key or a changed value fails ({@link GeneralSecurityException}) instead
 * of opening to garbage; the caller says what could not be opened.
 */
public final class AesGcm {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @param key 16, 24 or 32 bytes (AES-128, -192, -256) */
    public AesGcm(byte[] key) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("An AES key has 16, 24 or 32 bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** AES-256 under the SHA-256 of a passphrase. */
    public static AesGcm fromPassphrase(String passphrase) {
        try {
            return new AesGcm(MessageDigest.getInstance("SHA-256").digest(passphrase.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] seal(byte[] plain) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(plain);
        byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
        System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
        return stored;
    }

    public byte[] open(byte[] stored) throws GeneralSecurityException {
        if (stored.length < NONCE_BYTES) {
            throw new AEADBadTagException("too short to be sealed");
        }
        return cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(stored, NONCE_BYTES))
                .doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }
}
