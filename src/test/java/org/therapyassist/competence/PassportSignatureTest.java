package org.therapyassist.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PassportSignatureTest {

    @Test
    void aSignedPassportVerifiesWithTheIssuersKey() {
        var keys = PassportSignature.newKeys();
        byte[] payload = "{\"competencies\":[{\"code\":\"3.06\",\"expiresOn\":\"2027-01-31\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        String signature = PassportSignature.sign(payload, keys.privateKey());
        assertThat(PassportSignature.verify(payload, signature, keys.publicKey())).isTrue();
        assertThat(keys.keyId()).isEqualTo(PassportSignature.keyIdOf(keys.publicKey())).hasSize(32);
    }

    @Test
    void aPassportWithAnExpiryDateMovedOnIsRejected() {
        var keys = PassportSignature.newKeys();
        byte[] payload = "{\"code\":\"3.06\",\"expiresOn\":\"2027-01-31\"}".getBytes(StandardCharsets.UTF_8);
        String signature = PassportSignature.sign(payload, keys.privateKey());
        byte[] tampered = "{\"code\":\"3.06\",\"expiresOn\":\"2029-01-31\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(PassportSignature.verify(tampered, signature, keys.publicKey())).isFalse();
    }

    @Test
    void aPassportResignedWithAnotherKeyDoesNotVerifyAgainstTheTrustedKey() {
        var trusted = PassportSignature.newKeys();
        var forger = PassportSignature.newKeys();
        byte[] payload = "{}".getBytes(StandardCharsets.UTF_8);
        assertThat(PassportSignature.verify(payload, PassportSignature.sign(payload, forger.privateKey()),
                trusted.publicKey()))
                .isFalse();
        assertThat(forger.keyId()).isNotEqualTo(trusted.keyId());
    }

    @Test
    void malformedKeysAndSignaturesAreRejectedNotThrown() {
        assertThat(PassportSignature.verify(new byte[0], "not base64!", "also not")).isFalse();
        assertThat(PassportSignature.verify(new byte[0], null, null)).isFalse();
    }
}
