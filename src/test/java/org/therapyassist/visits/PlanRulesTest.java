package org.therapyassist.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapyassist.visits.Days.DAY;
import static org.therapyassist.visits.Days.HOIST;
import static org.therapyassist.visits.Days.STAIRS;
import static org.therapyassist.visits.Days.TRAVEL;
import static org.therapyassist.visits.Days.at;
import static org.therapyassist.visits.Days.doubleUp;
import static org.therapyassist.visits.Days.held;
import static org.therapyassist.visits.Days.inDate;
import static org.therapyassist.visits.Days.visit;
import static org.therapyassist.visits.Days.worker;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.Stage;

/** The hard rules as plain functions: what the planning board will re-check a lead's manual move with. */
class PlanRulesTest {

    private final Worker ann = worker("Ann", at(0, 0), inDate(HOIST), inDate(STAIRS));
    private final Worker ben = worker("Ben", at(0, 0), inDate(HOIST));
    private final Visit hoist = visit("hoist", at(1, 0), 45, TimeWindow.of("09:00", "12:00"), HOIST);

    private static Assignment planned(Visit v, Worker w, String start) {
        LocalTime s = LocalTime.parse(start);
        return new Assignment(v.id(), w.id(), s, s.plus(v.duration()));
    }

    private List<String> broken(List<Worker> workers, List<Visit> visits, Assignment... assignments) {
        DayProblem day = new DayProblem(DAY, workers, visits);
        return PlanRules.check(day, new DayPlan(DAY, List.of(assignments), List.of()), TRAVEL).stream()
                .map(PlanRules.BrokenRule::code).toList();
    }

    @Test
    void aVisitInItsWindowWithTimeToTravelBreaksNothing() {
        assertThat(broken(List.of(ann), List.of(hoist), planned(hoist, ann, "09:30"))).isEmpty();
    }

    @Test
    void h80_aManualMoveToAWorkerWhoseCompetencyLapsesBeforeTheVisitDayIsRefused() {
        Worker lapsing = worker("Lapsing", at(0, 0), held(HOIST, DAY.minusDays(1)));
        assertThat(broken(List.of(lapsing), List.of(hoist), planned(hoist, lapsing, "09:30")))
                .containsExactly("visits.rule.competency-lapsed");
        Worker untrained = worker("Untrained", at(0, 0));
        assertThat(broken(List.of(untrained), List.of(hoist), planned(hoist, untrained, "09:30")))
                .containsExactly("visits.rule.not-competent");
    }

    @Test
    void h80_aCompetencyInDateOnTheVisitDayItselfIsEnough() {
        Worker lastDay = worker("Last day", at(0, 0), held(HOIST, DAY));
        assertThat(broken(List.of(lastDay), List.of(hoist), planned(hoist, lastDay, "09:30"))).isEmpty();
    }

    @Test
    void h80_aWorkerBelowTheTasksStageIsRefused() {
        Visit stairs = new Visit(UUID.randomUUID(), UUID.randomUUID(), at(1, 0), Duration.ofMinutes(30),
                TimeWindow.of("09:00", "12:00"), Stage.ASSISTANT_PRACTITIONER, List.of(STAIRS), false, null, null);
        assertThat(broken(List.of(ann), List.of(stairs), planned(stairs, ann, "09:30")))
                .containsExactly("visits.rule.stage-too-low");
    }

    @Test
    void h81_aDoubleUpNeedsTwoDifferentWorkersArrivingTogether() {
        Visit two = doubleUp("two", at(1, 0), 40, TimeWindow.of("09:00", "12:00"), HOIST);
        assertThat(broken(List.of(ann, ben), List.of(two), planned(two, ann, "09:30")))
                .containsExactly("visits.rule.workers");
        assertThat(broken(List.of(ann, ben), List.of(two), planned(two, ann, "09:30"), planned(two, ben, "09:45")))
                .containsExactly("visits.rule.apart");
        assertThat(broken(List.of(ann, ben), List.of(two), planned(two, ann, "09:30"), planned(two, ben, "09:30")))
                .isEmpty();
    }

    @Test
    void h82_aPinnedVisitMovedToAnotherWorkerOrTimeIsFlagged() {
        Visit pinned = hoist.pinnedTo(new Visit.Pin(List.of(ann.id()), LocalTime.of(10, 0)));
        assertThat(broken(List.of(ann, ben), List.of(pinned), planned(pinned, ben, "10:00")))
                .containsExactly("visits.rule.pin-moved");
        assertThat(broken(List.of(ann, ben), List.of(pinned), planned(pinned, ann, "10:15")))
                .containsExactly("visits.rule.pin-moved");
        assertThat(broken(List.of(ann, ben), List.of(pinned))).containsExactly("visits.rule.pinned-unassigned");
    }

    @Test
    void h84_aVisitOutsideItsWindowOrOverABreakOrPastTheShiftIsFlagged() {
        assertThat(broken(List.of(ann), List.of(hoist), planned(hoist, ann, "11:30")))
                .containsExactly("visits.rule.window");
        Visit lunch = visit("lunch", at(1, 0), 45, TimeWindow.of("11:00", "15:00"), HOIST);
        assertThat(broken(List.of(ann), List.of(lunch), planned(lunch, ann, "12:15")))
                .containsExactly("visits.rule.break");
        Visit late = visit("late", at(1, 0), 45, TimeWindow.of("15:00", "17:00"), HOIST);
        assertThat(broken(List.of(ann), List.of(late), planned(late, ann, "15:45")))
                .containsExactly("visits.rule.shift");
        Visit early = visit("early", at(1, 0), 30, TimeWindow.of("08:00", "10:00"), HOIST);
        assertThat(broken(List.of(ann), List.of(early), planned(early, ann, "08:30")))
                .containsExactly("visits.rule.shift");
    }

    @Test
    void h84_backToBackVisitsNeedTimeToTravelBetweenThem() {
        Visit far = visit("far", at(-2, 0), 30, TimeWindow.of("09:00", "12:00"), HOIST);
        assertThat(broken(List.of(ann), List.of(hoist, far), planned(hoist, ann, "09:30"), planned(far, ann, "10:15")))
                .containsExactly("visits.rule.no-time");
        assertThat(broken(List.of(ann), List.of(hoist, far), planned(hoist, ann, "09:30"), planned(far, ann, "10:40")))
                .isEmpty();
    }

    @Test
    void straightLineTravelIsTheRoadFactorTimesTheHaversineDistanceAtTheAverageSpeed() {
        // One degree of latitude is about 111.2 km; at 1.3 × and 25 km/h that is about 5.78 hours.
        int seconds = StraightLineTravel.urban().seconds(new Location(52, -2.75), new Location(53, -2.75));
        assertThat(seconds).isBetween(20_800, 20_830);
    }
}
