package io.devopstrack.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AesGcmTests {

    private static final byte[] PLAIN = "a secret worth keeping".getBytes(StandardCharsets.UTF_8);

    @Test
    void whatIsSealedOpensWithTheSameKeyOnly() throws GeneralSecurityException {
        byte[] stored = AesGcm.fromPassphrase("first").seal(PLAIN);

        assertThat(AesGcm.fromPassphrase("first").open(stored)).isEqualTo(PLAIN);
        assertThatThrownBy(() -> AesGcm.fromPassphrase("other").open(stored))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void theStoredFormIsTheNonceThenTheCiphertextAndItsTag() throws GeneralSecurityException {
        byte[] stored = new AesGcm(new byte[32]).seal(PLAIN);

        assertThat(stored).hasSize(12 + PLAIN.length + 16);
    }

    @Test
    void aValueInTheStoredFormOpens() throws GeneralSecurityException {
        // the form auth-service's signing keys and projects-service's hook secrets were stored in before this class:
        // nonce 000102...0b, then AES-GCM of PLAIN under the all-zero 256-bit key (made with another implementation)
        byte[] stored = HexFormat.of()
                .parseHex("000102030405060708090a0b"
                        + "e9eb4037638fea8de20f3d97896bfe673109d8f3d1fa2d666c912a67fc7d8da39bb315044d7e");

        assertThat(new AesGcm(new byte[32]).open(stored)).isEqualTo(PLAIN);
    }

    @Test
    void aPassphraseKeyIsTheSha256OfItsUtf8() throws GeneralSecurityException {
        // auth-service's AUTH_KEY_ENCRYPTION_KEY form: AES-256 under SHA-256("first-secret"), same nonce and plain
        byte[] stored =
                Base64.getDecoder().decode("AAECAwQFBgcICQoLX7jSFUIIUAUp/K9ZohtQ85r2/OjVL1mJj5O+lqgOzbjNJr5/lmE=");

        assertThat(AesGcm.fromPassphrase("first-secret").open(stored)).isEqualTo(PLAIN);
    }

    @Test
    void aChangedByteFails() throws GeneralSecurityException {
        AesGcm aes = new AesGcm(new byte[16]);
        byte[] stored = aes.seal(PLAIN);
        stored[stored.length - 1] ^= 1;

        assertThatThrownBy(() -> aes.open(stored)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> aes.open(new byte[5])).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void aKeyOfAnotherLengthIsRefused() {
        assertThatThrownBy(() -> new AesGcm(new byte[5])).isInstanceOf(IllegalArgumentException.class);
    }
}
