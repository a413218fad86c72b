package org.therapyassist.careplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapyassist.careplans.GoalAttainment.Scored;

class GoalAttainmentTest {

    @Test
    void allGoalsAtTheExpectedLevelScoreFifty() {
        assertThat(GoalAttainment.tScore(List.of(new Scored(1, 0), new Scored(1, 0), new Scored(1, 0))))
                .isEqualByComparingTo("50.0");
    }

    @Test
    void twoGoalsOneSomewhatBetterThanExpectedScore56Point2() {
        assertThat(GoalAttainment.tScore(List.of(new Scored(1, 1), new Scored(1, 0)))).isEqualByComparingTo("56.2");
    }

    @Test
    void threeGoalsAllMuchLessThanExpectedScore22Point6() {
        assertThat(GoalAttainment.tScore(List.of(new Scored(1, -2), new Scored(1, -2), new Scored(1, -2))))
                .isEqualByComparingTo("22.6");
    }

    @Test
    void threeGoalsAllMuchMoreThanExpectedScore77Point4() {
        assertThat(GoalAttainment.tScore(List.of(new Scored(1, 2), new Scored(1, 2), new Scored(1, 2))))
                .isEqualByComparingTo("77.4");
    }

    @Test
    void weightsCountTowardsTheGoalsThatMatterMore() {
        BigDecimal heavyMiss = GoalAttainment.tScore(List.of(new Scored(3, -1), new Scored(1, 1)));
        BigDecimal equal = GoalAttainment.tScore(List.of(new Scored(1, -1), new Scored(1, 1)));
        assertThat(equal).isEqualByComparingTo("50.0");
        assertThat(heavyMiss).isLessThan(equal);
    }

    @Test
    void noScoredGoalGivesNoScore() {
        assertThat(GoalAttainment.tScore(List.of())).isNull();
    }

    @Test
    void levelsOutsideMinusTwoToPlusTwoAreRefused() {
        assertThatThrownBy(() -> new Scored(1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scored(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
