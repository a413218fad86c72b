package org.therapyassist.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrequencyTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void aDailyTaskIsDueUnlessAlreadyDoneToday() {
        assertThat(Frequency.DAILY.dueOn(MONDAY, MONDAY.minusDays(1), 1, 5)).isTrue();
        assertThat(Frequency.DAILY.dueOn(MONDAY, MONDAY, 1, 5)).isFalse();
    }

    @Test
    void aWeekdayTaskIsNotDueAtTheWeekend() {
        assertThat(Frequency.WEEKDAYS.dueOn(MONDAY.plusDays(5), MONDAY.plusDays(4), 5, 5)).isFalse();
        assertThat(Frequency.WEEKDAYS.dueOn(MONDAY.plusDays(1), MONDAY, 1, 1)).isTrue();
    }

    @Test
    void aTwiceWeeklyTaskStopsBeingDueAfterTwoSessionsThatWeek() {
        assertThat(Frequency.TWICE_WEEKLY.dueOn(MONDAY.plusDays(2), MONDAY, 1, 1)).isTrue();
        assertThat(Frequency.TWICE_WEEKLY.dueOn(MONDAY.plusDays(3), MONDAY.plusDays(2), 2, 2)).isFalse();
        // A new week starts the count again.
        assertThat(Frequency.TWICE_WEEKLY.dueOn(MONDAY.plusDays(7), MONDAY.plusDays(2), 2, 2)).isTrue();
    }

    @Test
    void aOnceOnlyTaskIsDueUntilItIsDone() {
        assertThat(Frequency.ONCE.dueOn(MONDAY, null, 0, 0)).isTrue();
        assertThat(Frequency.ONCE.dueOn(MONDAY.plusDays(3), MONDAY, 1, 1)).isFalse();
    }
}
