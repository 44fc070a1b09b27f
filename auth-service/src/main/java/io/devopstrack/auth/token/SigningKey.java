package io.devopstrack.auth.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;

public record SigningKey(
        String kid,
        Status status,
        RSAPublicKey publicKey,
        RSAPrivateKey privateKey,
        Instant createdAt,
        Instant statusChangedAt) {

    /** NEXT: published, about to sign. ACTIVE: signs. PUBLISHED: signed tokens that may still be alive. */
    public enum Status {
        NEXT,
        ACTIVE,
        PUBLISHED,
        RETIRED
    }

    RSAKey publicJwk() {
        return new RSAKey.Builder(publicKey)
                .keyID(kid)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .build();
    }
}
