package io.devopstrack.metrics.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import io.jsonwebtoken.Jwts;

/**
 * An RSA key pair of the test's own, published as a JWK Set from an in-test HTTP server (the way auth-service
 * publishes its keys), and access tokens signed with it. One instance serves the whole test JVM.
 */
public final class TestTokens {

    public static final String ISSUER = "devopstrack-auth";
    public static final String AUDIENCE = "devopstrack";
    private static final TestTokens INSTANCE = new TestTokens();

    private final KeyPair keys = rsa();
    private final KeyPair strangerKeys = rsa();
    private final String kid = "test-" + UUID.randomUUID();
    private final String jwksUri;

    private TestTokens() {
        RSAPublicKey publicKey = (RSAPublicKey) keys.getPublic();
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + kid
                + "\",\"n\":\"" + base64Url(publicKey.getModulus()) + "\",\"e\":\""
                + base64Url(publicKey.getPublicExponent()) + "\"}]}";
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/auth/jwks", exchange -> {
                byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(null);
            server.start();
            jwksUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/auth/jwks";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestTokens instance() {
        return INSTANCE;
    }

    public String jwksUri() {
        return jwksUri;
    }

    public String withRoles(String... roles) {
        return builder(ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(15)), List.of(roles))
                .signWith(keys.getPrivate(), Jwts.SIG.RS256).compact();
    }

    public String expired(String role) {
        return builder(ISSUER, AUDIENCE, Instant.now().minus(Duration.ofMinutes(5)), List.of(role))
                .signWith(keys.getPrivate(), Jwts.SIG.RS256).compact();
    }

    public String forAudience(String audience, String role) {
        return builder(ISSUER, audience, Instant.now().plus(Duration.ofMinutes(15)), List.of(role))
                .signWith(keys.getPrivate(), Jwts.SIG.RS256).compact();
    }

    public String fromIssuer(String issuer, String role) {
        return builder(issuer, AUDIENCE, Instant.now().plus(Duration.ofMinutes(15)), List.of(role))
                .signWith(keys.getPrivate(), Jwts.SIG.RS256).compact();
    }

    public String signedByAStranger(String role) {
        return builder(ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(15)), List.of(role))
                .signWith(strangerKeys.getPrivate(), Jwts.SIG.RS256).compact();
    }

    private io.jsonwebtoken.JwtBuilder builder(String issuer, String audience, Instant expiry, List<String> roles) {
        Instant issued = expiry.minus(Duration.ofMinutes(15));
        return Jwts.builder()
                .header().keyId(kid).and()
                .issuer(issuer)
                .audience().add(audience).and()
                .subject("user-1")
                .claim("preferred_username", "tester")
                .claim("roles", roles)
                .issuedAt(Date.from(issued))
                .expiration(Date.from(expiry))
                .id(UUID.randomUUID().toString());
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
