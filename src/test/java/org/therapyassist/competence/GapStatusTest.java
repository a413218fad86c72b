package org.therapyassist.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.Stage;

class GapStatusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void aSignOffExpiringWithinSixtyDaysIsFlaggedBeforeDelegationStops() {
        assertThat(GapStatus.of(true, TODAY.plusDays(60), true, TODAY)).isEqualTo(GapStatus.EXPIRING);
        assertThat(GapStatus.of(true, TODAY, true, TODAY)).isEqualTo(GapStatus.EXPIRING);
        assertThat(GapStatus.of(true, TODAY.plusDays(61), true, TODAY)).isEqualTo(GapStatus.HELD);
    }

    @Test
    void anExpiredOrWithdrawnSignOffIsAGapEvenWhenTheStageDoesNotNeedIt() {
        assertThat(GapStatus.of(true, TODAY.minusDays(1), true, TODAY)).isEqualTo(GapStatus.EXPIRED);
        assertThat(GapStatus.of(false, null, true, TODAY)).isEqualTo(GapStatus.EXPIRED);
        assertThat(GapStatus.EXPIRED.isGap()).isTrue();
    }

    @Test
    void neverSignedOffIsMissingOnlyWhenTheStageExpectsIt() {
        assertThat(GapStatus.of(true, null, false, TODAY)).isEqualTo(GapStatus.MISSING);
        assertThat(GapStatus.of(false, null, false, TODAY)).isEqualTo(GapStatus.NOT_REQUIRED);
        assertThat(GapStatus.NOT_REQUIRED.isGap()).isFalse();
    }

    @Test
    void stagesAboveInheritWhatTheStagesBelowNeed() {
        Statement forSupportWorkers = new Statement("5.03", "Infection prevention", 5, "Safe", Stage.SUPPORT_WORKER,
                12);
        Statement forPractitioners = new Statement("2.05", "Caseload", 2, "Supporting", Stage.ASSISTANT_PRACTITIONER,
                24);
        assertThat(forSupportWorkers.expectedAt(Stage.ASSISTANT_PRACTITIONER)).isTrue();
        assertThat(forPractitioners.expectedAt(Stage.SENIOR_SUPPORT_WORKER)).isFalse();
        assertThat(forPractitioners.expectedAt(Stage.ASSISTANT_PRACTITIONER)).isTrue();
    }
}
