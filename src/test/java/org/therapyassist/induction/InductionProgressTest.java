package org.therapyassist.induction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InductionProgressTest {

    static final LocalDate START = LocalDate.of(2026, 10, 19);

    @Test
    void aNewStarterWithFewerItemsDoneThanTheWeeksSuggestIsFlaggedBehind() {
        InductionProgress p = InductionProgress.of(START, 7, 21, START.plusWeeks(5));
        assertThat(p.weeks()).isEqualTo(5);
        assertThat(p.expectedByNow()).isEqualTo(8);
        assertThat(p.behind()).isTrue();
        assertThat(p.percent()).isEqualTo(33);
        assertThat(p.status()).isEqualTo("Behind");
    }

    @Test
    void keepingPaceWithTheTwelveWeeksIsOnTrack() {
        InductionProgress p = InductionProgress.of(START, 8, 21, START.plusWeeks(5));
        assertThat(p.behind()).isFalse();
        assertThat(p.status()).isEqualTo("On track");
        assertThat(InductionProgress.of(START, 0, 21, START).behind()).isFalse();
    }

    @Test
    void anInductionUnfinishedAfterTwelveWeeksIsBehindSoItIsNotForgotten() {
        assertThat(InductionProgress.of(START, 20, 21, START.plusWeeks(13)).behind()).isTrue();
    }

    @Test
    void aCompleteInductionIsNeverBehind() {
        InductionProgress p = InductionProgress.of(START, 21, 21, START.plusWeeks(20));
        assertThat(p.complete()).isTrue();
        assertThat(p.behind()).isFalse();
        assertThat(p.percent()).isEqualTo(100);
    }
}
