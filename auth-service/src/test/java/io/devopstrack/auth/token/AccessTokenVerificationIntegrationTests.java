package io.devopstrack.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.auth.support.AuthApi.Response;
import io.devopstrack.auth.support.IntegrationTest;
import io.devopstrack.auth.support.JwtParts;
import io.devopstrack.auth.user.Role;
import io.jsonwebtoken.Jwts;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccessTokenVerificationIntegrationTests extends IntegrationTest {

    @Autowired
    private SigningKeys signingKeys;

    @Autowired
    private KeyRotation keyRotation;

    @Test
    void meAnswersWhoTheAccessTokenIsFor() {
        TestUser user = createUser(Role.MAINTAINER);

        Response me = api.get("/auth/me", accessTokenOf(user));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asString()).isEqualTo(user.id());
        assertThat(me.json().get("username").asString()).isEqualTo(user.username());
        assertThat(me.json().get("roles").toString()).isEqualTo("[\"MAINTAINER\"]");
    }

    @Test
    void requestWithoutATokenIs401Problem() {
        Response me = api.get("/auth/me", null);

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).startsWith("application/problem+json");
        assertThat(me.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void expiredAccessTokenIsRejected() {
        TestUser user = createUser(Role.ADMIN);
        SigningKey key = signingKeys.active();
        Instant expired = Instant.now().minus(Duration.ofMinutes(5));

        String token = token(key.kid(), key.privateKey(), "devopstrack-auth", "devopstrack", user, expired);

        assertThat(api.get("/auth/me", token).status()).isEqualTo(401);
    }

    @Test
    void tokenSignedByAnotherKeyIsRejectedEvenWithTheRightKeyId() throws Exception {
        TestUser user = createUser(Role.ADMIN);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair stranger = generator.generateKeyPair();

        String token = token(
                signingKeys.active().kid(),
                stranger.getPrivate(),
                "devopstrack-auth",
                "devopstrack",
                user,
                inTenMinutes());

        assertThat(api.get("/auth/me", token).status()).isEqualTo(401);
        assertThat(api.get("/auth/users", token).status()).isEqualTo(401);
    }

    @Test
    void unsignedTokenWithAlgNoneIsRejected() {
        TestUser user = createUser(Role.VIEWER);
        String genuine = accessTokenOf(user);
        String header = JwtParts.encode(
                "{\"alg\":\"none\",\"kid\":\"" + signingKeys.active().kid() + "\"}");

        String unsigned = header + "." + genuine.split("\\.")[1] + ".";

        assertThat(api.get("/auth/me", unsigned).status()).isEqualTo(401);
    }

    @Test
    void tokenWithAChangedPayloadIsRejected() {
        TestUser user = createUser(Role.VIEWER);
        String[] parts = accessTokenOf(user).split("\\.");
        String claims = JwtParts.claims(String.join(".", parts)).toString();
        String promoted = JwtParts.encode(claims.replace("[\"VIEWER\"]", "[\"ADMIN\"]"));
        assertThat(promoted).isNotEqualTo(parts[1]);

        String tampered = parts[0] + "." + promoted + "." + parts[2];

        assertThat(api.get("/auth/users", tampered).status()).isEqualTo(401);
    }

    @Test
    void tokenForAnotherAudienceOrIssuerIsRejected() {
        TestUser user = createUser(Role.ADMIN);
        SigningKey key = signingKeys.active();

        String otherAudience =
                token(key.kid(), key.privateKey(), "devopstrack-auth", "elsewhere", user, inTenMinutes());
        String otherIssuer = token(key.kid(), key.privateKey(), "someone-else", "devopstrack", user, inTenMinutes());

        assertThat(api.get("/auth/me", otherAudience).status()).isEqualTo(401);
        assertThat(api.get("/auth/me", otherIssuer).status()).isEqualTo(401);
    }

    @Test
    void aCorrectlySignedHandMadeTokenIsAccepted() {
        TestUser user = createUser(Role.ADMIN);
        SigningKey key = signingKeys.active();

        // The positive control of the tests above: only the property each of them breaks makes the difference.
        String token = token(key.kid(), key.privateKey(), "devopstrack-auth", "devopstrack", user, inTenMinutes());

        assertThat(api.get("/auth/me", token).status()).isEqualTo(200);
    }

    @Test
    void jwkSetPublishesTheActivePublicKeyAndNoPrivatePart() {
        Response jwks = api.get("/auth/jwks", null);

        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.json().get("keys").findValuesAsString("kid"))
                .contains(signingKeys.active().kid());
        assertThat(jwks.json().get("keys").get(0).get("kty").asString()).isEqualTo("RSA");
        assertThat(jwks.body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void afterAKeyRotationTokensOfTheOldAndTheNewKeyBothVerify() {
        TestUser user = createUser(Role.VIEWER);
        String before = accessTokenOf(user);
        String oldKid = signingKeys.active().kid();

        keyRotation.rotateNow();
        String after = accessTokenOf(user);

        assertThat(JwtParts.header(after).get("kid").asString()).isNotEqualTo(oldKid);
        assertThat(api.get("/auth/jwks", null).json().get("keys").findValuesAsString("kid"))
                .contains(oldKid, signingKeys.active().kid());
        assertThat(api.get("/auth/me", before).status()).isEqualTo(200);
        assertThat(api.get("/auth/me", after).status()).isEqualTo(200);
    }

    private static Instant inTenMinutes() {
        return Instant.now().plus(Duration.ofMinutes(10));
    }

    private static String token(
            String kid, PrivateKey key, String issuer, String audience, TestUser user, Instant expiresAt) {
        return Jwts.builder()
                .header()
                .keyId(kid)
                .and()
                .issuer(issuer)
                .audience()
                .add(audience)
                .and()
                .subject(user.id())
                .claim("preferred_username", user.username())
                .claim("roles", List.of("ADMIN"))
                .issuedAt(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
                .expiration(Date.from(expiresAt))
                .signWith(key, Jwts.SIG.RS256)
                .compact();
    }
}
