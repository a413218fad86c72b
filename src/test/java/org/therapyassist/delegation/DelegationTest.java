package org.therapyassist.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.delegation.Enums.Consent;
import org.therapyassist.delegation.Enums.DeclineReason;
import org.therapyassist.delegation.Enums.Status;
import org.therapyassist.delegation.Enums.Supervision;
import org.therapyassist.delegation.Enums.TimeOfDay;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.RefusedException;

class DelegationTest {

    static final UUID WORKER = UUID.randomUUID();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static Delegation offered() {
        return new Delegation(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, "EXERCISE_PROGRAMME",
                UUID.randomUUID(), "PH123456", WORKER,
                new Delegation.Plan("Do it", Frequency.DAILY, TimeOfDay.MORNING, TODAY, TODAY.plusWeeks(2), "Stop if",
                        "None known", Consent.GIVEN, null, Supervision.REMOTE, "Bleep 1"),
                NOW, Status.OFFERED, null, null, null, null, null, TODAY.plusWeeks(1), Delegation.Activity.NONE, 0);
    }

    @Test
    void onlyTheNamedWorkerCanAccept() {
        assertThatThrownBy(() -> offered().accept(UUID.randomUUID(), NOW)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aDelegationCannotBeAcceptedTwice() {
        Delegation d = offered();
        d.accept(WORKER, NOW);
        assertThat(d.status()).isEqualTo(Status.ACCEPTED);
        assertThatThrownBy(() -> d.accept(WORKER, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aCancelledDelegationCannotBeAccepted() {
        Delegation d = offered();
        d.cancel("Patient transferred", NOW);
        assertThatThrownBy(() -> d.accept(WORKER, NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cancelled");
    }

    @Test
    void aDeclineNeedsAReasonAndOtherNeedsWords() {
        assertThatThrownBy(() -> offered().decline(WORKER, null, null, NOW)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> offered().decline(WORKER, DeclineReason.OTHER, " ", NOW))
                .isInstanceOf(RefusedException.class);
        Delegation d = offered();
        d.decline(WORKER, DeclineReason.NOT_CONFIDENT, null, NOW);
        assertThat(d.status()).isEqualTo(Status.DECLINED);
        assertThat(d.declineReason()).isEqualTo(DeclineReason.NOT_CONFIDENT);
    }

    @Test
    void sessionsCannotBeRecordedAgainstADelegationNotYetAccepted() {
        assertThatThrownBy(() -> offered().requireRecordableBy(WORKER, TODAY, false))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void sessionsCannotBeRecordedOutsideTheDelegationsDates() {
        Delegation d = offered();
        d.accept(WORKER, NOW);
        assertThatThrownBy(() -> d.requireRecordableBy(WORKER, TODAY.plusMonths(1), false))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void h85_aColleagueNotSentByAPublishedVisitCannotRecordAgainstSomeoneElsesDelegation() {
        Delegation d = offered();
        d.accept(WORKER, NOW);
        UUID colleague = UUID.randomUUID();
        assertThatThrownBy(() -> d.requireRecordableBy(colleague, TODAY, false))
                .isInstanceOf(NotAllowedException.class);
        // The same colleague, sent there by the published plan that day, may.
        d.requireRecordableBy(colleague, TODAY, true);
    }

    @Test
    void aReviewThatContinuesNeedsALaterReviewDate() {
        Delegation d = offered();
        d.accept(WORKER, NOW);
        assertThatThrownBy(() -> d.review(Enums.ReviewOutcome.CONTINUE, TODAY, "ok", TODAY, NOW))
                .isInstanceOf(InvalidInputException.class);
        d.review(Enums.ReviewOutcome.CONTINUE, TODAY.plusWeeks(1), "ok", TODAY, NOW);
        assertThat(d.reviewOn()).isEqualTo(TODAY.plusWeeks(1));
        d.review(Enums.ReviewOutcome.END, null, "Goals met", TODAY, NOW);
        assertThat(d.status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void aDelegationWhoseReviewDateHasComeIsFlaggedSoItIsNeverLeftUnreviewed() {
        Delegation d = offered();
        d.accept(WORKER, NOW);
        assertThat(d.reviewDue(TODAY)).isFalse();
        assertThat(d.reviewDue(TODAY.plusWeeks(1))).isTrue();
    }
}
