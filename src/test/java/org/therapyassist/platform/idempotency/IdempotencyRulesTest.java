package org.therapyassist.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IdempotencyRulesTest {

    @Test
    void aKeyIsTakenQuotedAsTheDraftWritesItOrBare() {
        assertThat(IdempotencyRules.key("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""))
                .contains("8e03978e-40d5-43e8-bc93-6894a57f9324");
        assertThat(IdempotencyRules.key("8e03978e-40d5-43e8-bc93-6894a57f9324"))
                .contains("8e03978e-40d5-43e8-bc93-6894a57f9324");
        assertThat(IdempotencyRules.key("\"with \\\"quote\\\" and \\\\\"")).contains("with \"quote\" and \\");
    }

    @Test
    void anEmptyOverlongOrUnprintableKeyIsRefused() {
        assertThat(IdempotencyRules.key(null)).isEmpty();
        assertThat(IdempotencyRules.key("")).isEmpty();
        assertThat(IdempotencyRules.key("\"\"")).isEmpty();
        assertThat(IdempotencyRules.key("   ")).isEmpty();
        assertThat(IdempotencyRules.key("a".repeat(255))).isPresent();
        assertThat(IdempotencyRules.key("a".repeat(256))).isEmpty();
        assertThat(IdempotencyRules.key("abc\u0000def")).isEmpty();
        assertThat(IdempotencyRules.key("caf\u00e9")).isEmpty();
        assertThat(IdempotencyRules.key("\"bad \\n escape\"")).isEmpty();
        assertThat(IdempotencyRules.key("\"unescaped \" quote\"")).isEmpty();
        assertThat(IdempotencyRules.key("\"unfinished")).isEmpty();
    }

    @Test
    void theFingerprintChangesWithMethodPathQueryOrAnyByteOfTheBody() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        String first = IdempotencyRules.fingerprint("POST", "/api/v1/session-records", null, body);
        assertThat(IdempotencyRules.fingerprint("POST", "/api/v1/session-records", null, body.clone()))
                .isEqualTo(first);
        assertThat(IdempotencyRules.fingerprint("PUT", "/api/v1/session-records", null, body)).isNotEqualTo(first);
        assertThat(IdempotencyRules.fingerprint("POST", "/api/v1/escalations", null, body)).isNotEqualTo(first);
        assertThat(IdempotencyRules.fingerprint("POST", "/api/v1/session-records", "x=1", body)).isNotEqualTo(first);
        assertThat(IdempotencyRules.fingerprint("POST", "/api/v1/session-records", null,
                "{\"a\":2}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(first);
        // Parts are length-prefixed: moving a byte from the path into the query is another request.
        assertThat(IdempotencyRules.fingerprint("POST", "/a", "b", new byte[0]))
                .isNotEqualTo(IdempotencyRules.fingerprint("POST", "/ab", "", new byte[0]));
    }

    @Test
    void refusalsAreKeptAsTheAnswerButServerErrorsAndTryAgainLaterAreNot() {
        assertThat(IdempotencyRules.keepsAnswer(201)).isTrue();
        assertThat(IdempotencyRules.keepsAnswer(400)).isTrue();
        assertThat(IdempotencyRules.keepsAnswer(403)).isTrue();
        assertThat(IdempotencyRules.keepsAnswer(409)).isTrue();
        assertThat(IdempotencyRules.keepsAnswer(422)).isTrue();
        assertThat(IdempotencyRules.keepsAnswer(429)).isFalse();
        assertThat(IdempotencyRules.keepsAnswer(408)).isFalse();
        assertThat(IdempotencyRules.keepsAnswer(500)).isFalse();
        assertThat(IdempotencyRules.keepsAnswer(503)).isFalse();
    }
}
