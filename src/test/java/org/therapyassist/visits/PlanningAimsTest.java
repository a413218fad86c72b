package org.therapyassist.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.therapyassist.visits.Days.DAY;
import static org.therapyassist.visits.Days.EXERCISE;
import static org.therapyassist.visits.Days.TRAVEL;
import static org.therapyassist.visits.Days.at;
import static org.therapyassist.visits.Days.inDate;
import static org.therapyassist.visits.Days.preferring;
import static org.therapyassist.visits.Days.visit;
import static org.therapyassist.visits.Days.worker;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapyassist.visits.planning.NearestNeighbour;
import org.therapyassist.visits.planning.NearestNeighbour.Closeness;

/** The quick first plan's idea of "nearest", and what the soft aims beside travel are worth. */
class PlanningAimsTest {

    @Test
    void nearestByTravelAndWaitDoesTheMorningVisitRatherThanWaitAllMorningForTheNearOne() {
        // Ann's base is next door to an afternoon visit; a morning visit is 2 km away. Nearest by travel alone she
        // waits for the afternoon one and the morning one is lost; by soonest start she makes both.
        Worker ann = worker("Ann", at(0, 0), TimeWindow.of("08:30", "16:30"), inDate(EXERCISE));
        Visit afternoon = visit("afternoon", at(0, 0.2), 30, TimeWindow.of("13:30", "16:30"), EXERCISE);
        Visit morning = visit("morning", at(2, 0), 30, TimeWindow.of("09:00", "12:00"), EXERCISE);
        DayProblem day = new DayProblem(DAY, List.of(ann), List.of(afternoon, morning));

        DayPlan byTravel = NearestNeighbour.of(day, TRAVEL, (w, v) -> PlanRules.canMake(w, v, DAY), Closeness.TRAVEL);
        DayPlan bySoonest = NearestNeighbour.of(day, TRAVEL, (w, v) -> PlanRules.canMake(w, v, DAY),
                Closeness.TRAVEL_AND_WAIT);

        assertThat(byTravel.assignments()).extracting(Assignment::visitId).containsExactly(afternoon.id());
        assertThat(bySoonest.assignments()).extracting(Assignment::visitId)
                .containsExactly(morning.id(), afternoon.id());
        assertThat(PlanRules.check(day, bySoonest, TRAVEL)).isEmpty();
    }

    @Test
    void theWorkerThePatientKnowsIsWorthSomeTravelUnlessContinuityIsLeftOut() {
        // Ann, whom the patient knows, is 1.2 km away (about 7 minutes more travel there and back than Ben next door):
        // worth it at the default 10 minutes; not when travel alone is weighed.
        Worker ann = worker("Ann", at(1.2, 0), inDate(EXERCISE));
        Worker ben = worker("Ben", at(0, 0.1), inDate(EXERCISE));
        Visit exercise = preferring(visit("exercise", at(0, 0), 30, TimeWindow.of("09:00", "12:00"), EXERCISE), ann);
        DayProblem day = new DayProblem(DAY, List.of(ann, ben), List.of(exercise));
        VisitPlanningProperties quick = VisitPlanningProperties.defaults().searchingFor(Duration.ofSeconds(2),
                Duration.ofSeconds(2), Duration.ofMillis(500));

        DayPlan weighed = new VisitPlanner(TRAVEL, quick).plan(day);
        DayPlan travelAlone = new VisitPlanner(TRAVEL, quick.weighing(Duration.ZERO, Duration.ZERO)).plan(day);

        assertThat(weighed.of(exercise.id())).extracting(Assignment::workerId).containsExactly(ann.id());
        assertThat(travelAlone.of(exercise.id())).extracting(Assignment::workerId).containsExactly(ben.id());
    }

    @Test
    void whatAnAimIsWorthCannotBeNegative() {
        assertThatThrownBy(() -> VisitPlanningProperties.defaults().weighing(Duration.ofMinutes(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
