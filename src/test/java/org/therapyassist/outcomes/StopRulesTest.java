package org.therapyassist.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.therapyassist.outcomes.StopRules.Readings;

class StopRulesTest {

    private final StopRules rules = new StopRules(2, new BigDecimal("15.0"), 8);

    @Test
    void aPainRiseOfTheSetPointsOrMoreBreaksTheRule() {
        assertThat(rules.breaches(new Readings(3, 4, null, null))).isEmpty();
        assertThat(rules.breaches(new Readings(3, 5, null, null))).singleElement().asString()
                .contains("pain rose from 3 to 5");
        assertThat(rules.breaches(new Readings(null, 9, null, null))).isEmpty();
    }

    @Test
    void aTugSlowerThanTheLimitOrFewerChairStandsBreakTheRule() {
        assertThat(rules.breaches(new Readings(null, null, new BigDecimal("15.0"), 8))).isEmpty();
        assertThat(rules.breaches(new Readings(null, null, new BigDecimal("15.1"), 7))).hasSize(2);
    }

    @Test
    void noRulesNeverBreak() {
        assertThat(StopRules.NONE.breaches(new Readings(0, 10, new BigDecimal("99"), 0))).isEmpty();
        assertThat(StopRules.NONE.isEmpty()).isTrue();
    }

    @Test
    void theWorkerIsToldBeforeTheVisitWhichReadingsAlertTheTherapist() {
        Assertions.assertThat(StopCriteriaInWords.words(rules)).containsExactly(
                "pain rises by 2 points or more during the session", "Timed Up and Go is slower than 15 seconds",
                "fewer than 8 stands in the 30-second chair stand");
        Assertions.assertThat(StopCriteriaInWords.words(StopRules.NONE)).isEmpty();
    }
}
