package org.therapyassist.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    static final UUID ORG = UUID.randomUUID();
    static final UUID ACTOR = UUID.randomUUID();
    static final UUID PATIENT = UUID.randomUUID();
    static final Instant AT = Instant.parse("2026-11-23T10:00:00.123456Z");

    static String hash(String prev, String action) {
        return AuditChain.hash(prev, ORG, 3, 7, AT, ACTOR, "pt.demo", "REGISTRANT", PATIENT, action, "patient", PATIENT,
                null);
    }

    @Test
    void theSameEventAlwaysHashesTheSame() {
        assertThat(hash(AuditChain.GENESIS, "patient.view-record"))
                .isEqualTo(hash(AuditChain.GENESIS, "patient.view-record"))
                .hasSize(64);
    }

    @Test
    void changingAnyFieldOrThePreviousHashChangesTheHashSoTamperingIsDetected() {
        String original = hash(AuditChain.GENESIS, "patient.view-record");
        assertThat(hash(AuditChain.GENESIS, "patient.sign-record")).isNotEqualTo(original);
        assertThat(hash("1".repeat(64), "patient.view-record")).isNotEqualTo(original);
        assertThat(AuditChain.hash(AuditChain.GENESIS, ORG, 3, 7, AT.plusNanos(1000), ACTOR, "pt.demo", "REGISTRANT",
                PATIENT,
                "patient.view-record", "patient", PATIENT, null)).isNotEqualTo(original);
    }

    @Test
    void fieldSeparatorsInsideValuesCannotForgeAnotherEvent() {
        String a = AuditChain.hash(AuditChain.GENESIS, ORG, 0, 1, AT, ACTOR, "a|b", "R", null, "x", null, null, null);
        String b = AuditChain.hash(AuditChain.GENESIS, ORG, 0, 1, AT, ACTOR, "a", "b|R", null, "x", null, null, null);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void partitionsSpreadPatientsAcrossChains() {
        assertThat(AuditChain.partitionOf(PATIENT, 16)).isBetween(0, 15);
    }
}
