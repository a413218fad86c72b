package org.therapyassist.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.NotAllowedException;

class SessionRecordTest {

    static final UUID AUTHOR = UUID.randomUUID();
    static final UUID REGISTRANT = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static SessionRecord draft(boolean needsCountersign) {
        return new SessionRecord(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), AUTHOR, 2,
                REGISTRANT, LocalDate.of(2026, 11, 23), NOW, "Tolerated well", 2, 1, null, null, null,
                SessionRecord.Status.DRAFT, needsCountersign, null, 0, List.of(), List.of(), null, List.of());
    }

    @Test
    void aSignedRecordCannotBeSignedAgainOrAlteredSoTheClinicalRecordIsNotSilentlyChanged() {
        SessionRecord signed = draft(true).sign(AUTHOR, NOW);
        assertThat(signed.status()).isEqualTo(SessionRecord.Status.SIGNED);
        assertThatThrownBy(() -> signed.sign(AUTHOR, NOW))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo("record.already-signed"));
    }

    @Test
    void onlyTheAuthorSigns() {
        assertThatThrownBy(() -> draft(false).sign(REGISTRANT, NOW)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void amendmentsAreOnlyForSignedRecords() {
        assertThatThrownBy(() -> draft(false).requireAmendable()).isInstanceOf(ConflictException.class);
        draft(false).sign(AUTHOR, NOW).requireAmendable();
    }

    @Test
    void aBand2RecordWaitsForCountersignatureSoItIsNeverLeftUnchecked() {
        SessionRecord signed = draft(true).sign(AUTHOR, NOW);
        assertThat(signed.awaitingCountersign()).isTrue();
        assertThat(draft(false).sign(AUTHOR, NOW).awaitingCountersign()).isFalse();
    }

    @Test
    void countersignatureNeedsARegistrantOtherThanTheAuthorAndASignedRecord() {
        SessionRecord signed = draft(true).sign(AUTHOR, NOW);
        assertThatThrownBy(() -> signed.requireCountersignableBy(UUID.randomUUID(), false))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> signed.requireCountersignableBy(AUTHOR, true)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> draft(true).requireCountersignableBy(REGISTRANT, true))
                .isInstanceOf(ConflictException.class);
        signed.requireCountersignableBy(REGISTRANT, true);
    }
}
