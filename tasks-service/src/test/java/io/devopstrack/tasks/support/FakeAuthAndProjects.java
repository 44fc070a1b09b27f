package io.devopstrack.tasks.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jsonwebtoken.Jwts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * One small HTTP server standing in for the two other services tasks-service talks to: auth-service's
 * JWK Set (with a key pair made here, which also signs the test tokens) and projects-service's
 * {@code GET /projects/{id}}: "missing" → 404, "does-not-exist-abc" → 400, "broken" → 500, "slow" → answers after 3 s, any other → 200.
 */
public final class FakeAuthAndProjects {

    public static final String ISSUER = "devopstrack-auth";
    public static final String AUDIENCE = "devopstrack";

    private static final FakeAuthAndProjects INSTANCE = new FakeAuthAndProjects();

    private final KeyPair keys;
    private final HttpServer server;

    private FakeAuthAndProjects() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-auth-projects");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/auth/jwks", exchange -> answer(exchange, 200, jwks()));
        server.createContext("/projects/", this::project);
        server.start();
    }

    public static FakeAuthAndProjects get() {
        return INSTANCE;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String jwksUri() {
        return baseUrl() + "/auth/jwks";
    }

    /** A valid access token for a user with these roles. */
    public String token(String... roles) {
        return Jwts.builder().header().keyId("test-key").and()
                .issuer(ISSUER).audience().add(AUDIENCE).and()
                .subject(UUID.randomUUID().toString())
                .claim("preferred_username", roles.length == 0 ? "nobody" : roles[0].toLowerCase())
                .claim("roles", List.of(roles))
                .issuedAt(new Date())
                .expiration(Date.from(Instant.now().plusSeconds(900)))
                .id(UUID.randomUUID().toString())
                .signWith(keys.getPrivate(), Jwts.SIG.RS256)
                .compact();
    }

    /** A token signed by the right key but for another audience. */
    public String tokenForAudience(String audience) {
        return Jwts.builder().header().keyId("test-key").and()
                .issuer(ISSUER).audience().add(audience).and().subject("x").claim("roles", List.of("ADMIN"))
                .expiration(Date.from(Instant.now().plusSeconds(900)))
                .signWith(keys.getPrivate(), Jwts.SIG.RS256).compact();
    }

    private void project(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/projects/".length());
        if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
            answer(exchange, 401, "{}");
            return;
        }
        switch (id) {
            case "missing" -> answer(exchange, 404, "{}");
            // projects-service answers 400 for an id that is not an ObjectId
            case "does-not-exist-abc" -> answer(exchange, 400, "{}");
            case "broken" -> answer(exchange, 500, "{}");
            case "slow" -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answer(exchange, 200, "{\"id\":\"slow\"}");
            }
            default -> answer(exchange, 200, "{\"id\":\"" + id + "\"}");
        }
    }

    private String jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"test-key\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + base64(key.getModulus()) + "\",\"e\":\"" + base64(key.getPublicExponent()) + "\"}]}";
    }

    private static String base64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
