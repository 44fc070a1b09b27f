package io.devopstrack.testsupport;

import com.sun.net.httpserver.HttpServer;
import io.devopstrack.platform.crypto.RsaKeyPairs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A test RSA key published as a JWK Set over HTTP at {@code /auth/jwks}, the way auth-service publishes its
 * signing keys, so that a resource server verifies real tokens without auth-service running. One per test JVM;
 * {@link Tokens} signs with its key.
 */
public final class JwksServer {

    public static final String KEY_ID = "devopstrack-test-key";
    private static JwksServer instance;

    private final KeyPair keyPair = newRsaKeyPair();
    private final HttpServer server;

    private JwksServer() throws IOException {
        server = StubHttp.server();
        String body = jwkSet((RSAPublicKey) keyPair.getPublic());
        server.createContext("/auth/jwks", exchange -> StubHttp.json(exchange, 200, body));
        server.start();
    }

    public static synchronized JwksServer get() {
        if (instance == null) {
            try {
                instance = new JwksServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The value for {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}. */
    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/auth/jwks";
    }

    /** Points the service of a Spring test at this JWK Set ({@code jwk-set-uri}), from a {@code @DynamicPropertySource}. */
    public static void addTo(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> get().uri());
    }

    public KeyPair keyPair() {
        return keyPair;
    }

    /** A key pair like auth-service's signing keys. */
    public static KeyPair newRsaKeyPair() {
        return RsaKeyPairs.generate();
    }

    private static String jwkSet(RSAPublicKey key) {
        return """
                {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"%s"}]}""".formatted(KEY_ID, base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
