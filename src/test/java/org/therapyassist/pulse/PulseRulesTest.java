package org.therapyassist.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.InvalidInputException;

class PulseRulesTest {

    @Test
    void scoresRunFromOneToFiveAndAllThreeAreNeeded() {
        PulseRules.validate(1, 5, 3);
        assertThatThrownBy(() -> PulseRules.validate(0, 5, 3))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("feelValued"));
        assertThatThrownBy(() -> PulseRules.validate(3, null, 6))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("wouldRecommend", "thinkingOfLeaving"));
    }

    @Test
    void anAnswerCountsForItsCalendarMonth() {
        assertThat(PulseRules.monthOf(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void groupsSmallerThanFiveAreNeverShownSoNoAnswerCanBeTracedToAPerson() {
        assertThat(PulseRules.MINIMUM_GROUP).isEqualTo(5);
    }
}
