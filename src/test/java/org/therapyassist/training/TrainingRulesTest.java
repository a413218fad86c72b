package org.therapyassist.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.training.TrainingRules.Status;

class TrainingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void expiryIsTheRenewalIntervalFromCompletion() {
        assertThat(TrainingRules.expiry(LocalDate.of(2026, 2, 28), null, 12, TODAY))
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(TrainingRules.expiry(LocalDate.of(2026, 1, 31), null, 36, TODAY))
                .isEqualTo(LocalDate.of(2029, 1, 31));
    }

    @Test
    void aCertificateDateOverridesTheInterval() {
        assertThat(TrainingRules.expiry(TODAY.minusDays(1), LocalDate.of(2027, 6, 30), 12, TODAY))
                .isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void anExpiryOnOrBeforeCompletionIsRefused() {
        assertThatThrownBy(() -> TrainingRules.expiry(TODAY, TODAY, 12, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("expiresOn"));
        assertThatThrownBy(() -> TrainingRules.expiry(TODAY, TODAY.minusYears(1), 12, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("expiresOn"));
    }

    @Test
    void trainingCompletedInTheFutureIsRefused() {
        assertThatThrownBy(() -> TrainingRules.expiry(TODAY.plusDays(1), null, 12, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("completedOn"));
    }

    @Test
    void statusFollowsTheLatestExpiry() {
        assertThat(TrainingRules.status(null, TODAY)).isEqualTo(Status.NEVER_DONE);
        assertThat(TrainingRules.status(TODAY.minusDays(1), TODAY)).isEqualTo(Status.EXPIRED);
        assertThat(TrainingRules.status(TODAY, TODAY)).isEqualTo(Status.EXPIRING_SOON);
        assertThat(TrainingRules.status(TODAY.plusDays(60), TODAY)).isEqualTo(Status.EXPIRING_SOON);
        assertThat(TrainingRules.status(TODAY.plusDays(61), TODAY)).isEqualTo(Status.IN_DATE);
    }

    @Test
    void expiredTrainingIsNotCompliantButExpiringSoonStillIs() {
        assertThat(Status.EXPIRED.compliant()).isFalse();
        assertThat(Status.NEVER_DONE.compliant()).isFalse();
        assertThat(Status.EXPIRING_SOON.compliant()).isTrue();
    }
}
