package io.devopstrack.platform.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

/** RSA key pairs of the size auth-service signs RS256 tokens with (2048 bits); the suites' test key is one too. */
public final class RsaKeyPairs {

    public static final int BITS = 2048;

    private RsaKeyPairs() {}

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(BITS);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
