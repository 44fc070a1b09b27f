package io.devopstrack.projects.support;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

import com.sun.net.httpserver.HttpServer;

/**
 * Publishes a test RSA key as a JWK Set over HTTP, the way auth-service publishes its signing keys,
 * so the service verifies real tokens without auth-service running. One per test JVM.
 */
public final class JwksServer {

    public static final String KEY_ID = "projects-test-key";
    private static JwksServer instance;

    private final KeyPair keyPair;
    private final HttpServer server;

    private JwksServer() throws IOException {
        keyPair = newRsaKeyPair();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = jwkSet((RSAPublicKey) keyPair.getPublic()).getBytes(StandardCharsets.UTF_8);
        server.createContext("/auth/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public static synchronized JwksServer get() {
        if (instance == null) {
            try {
                instance = new JwksServer();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/auth/jwks";
    }

    public KeyPair keyPair() {
        return keyPair;
    }

    static KeyPair newRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwkSet(RSAPublicKey key) {
        return """
                {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"%s"}]}"""
                .formatted(KEY_ID, base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
