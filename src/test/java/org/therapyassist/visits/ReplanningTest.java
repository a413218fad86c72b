package org.therapyassist.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapyassist.visits.Days.DAY;
import static org.therapyassist.visits.Days.EXERCISE;
import static org.therapyassist.visits.Days.HOIST;
import static org.therapyassist.visits.Days.at;
import static org.therapyassist.visits.Days.held;
import static org.therapyassist.visits.Days.inDate;
import static org.therapyassist.visits.Days.visit;
import static org.therapyassist.visits.Days.worker;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Re-planning as pure functions: what stays, what moves, and what a lapsed competency pulls back. */
class ReplanningTest {

    private final Worker ann = worker("Ann", at(0, 0), inDate(HOIST), inDate(EXERCISE));
    private final Worker ben = worker("Ben", at(1, 0), inDate(HOIST), inDate(EXERCISE));
    private final Visit hoist = visit("hoist", at(0.5, 0), 45, TimeWindow.of("09:00", "12:00"), HOIST);
    private final Visit exercise = visit("exercise", at(0.6, 0), 30, TimeWindow.of("09:00", "16:00"), EXERCISE);
    private final Visit morning = visit("morning", at(0.7, 0), 30, TimeWindow.of("09:00", "10:00"), EXERCISE);

    private static Assignment planned(Visit v, Worker w, String start) {
        LocalTime s = LocalTime.parse(start);
        return new Assignment(v.id(), w.id(), s, s.plus(v.duration()));
    }

    @Test
    void h80_aCompetencyLapsingAfterPublishingPullsTheVisitBackToReplan() {
        DayPlan published = new DayPlan(DAY, List.of(planned(hoist, ann, "09:30"), planned(exercise, ann, "10:30")),
                List.of());
        // After publishing, Ann's hoist sign-off is found to lapse the day before the visit.
        Worker annNow = new Worker(ann.id(), ann.name(), ann.base(), ann.shift(), ann.breaks(), ann.stage(),
                List.of(held(HOIST, DAY.minusDays(1)), inDate(EXERCISE)));
        DayProblem now = new DayProblem(DAY, List.of(annNow, ben), List.of(hoist, exercise));

        DayPlan pulled = Replanning.pullBackLapsed(published, now);

        assertThat(pulled.assignments()).extracting(Assignment::visitId).containsExactly(exercise.id());
        assertThat(pulled.unassigned()).singleElement().satisfies(u -> {
            assertThat(u.visitId()).isEqualTo(hoist.id());
            assertThat(u.code()).isEqualTo("visits.reason.to-replan");
            assertThat(u.reason()).isEqualTo(
                    "Ann's hoist transfer competency is not in date on 8 December 2026, the day of this visit: "
                            + "plan it again.");
        });
    }

    @Test
    void h80_aPlanStillInDateOnTheDayIsLeftAlone() {
        DayPlan published = new DayPlan(DAY, List.of(planned(hoist, ann, "09:30")), List.of());
        Worker lastDay = new Worker(ann.id(), ann.name(), ann.base(), ann.shift(), ann.breaks(), ann.stage(),
                List.of(held(HOIST, DAY)));

        DayPlan pulled = Replanning.pullBackLapsed(published, new DayProblem(DAY, List.of(lastDay), List.of(hoist)));

        assertThat(pulled).isEqualTo(published);
    }

    @Test
    void h82_startedVisitsArePinnedWhereTheyAreEvenWhenTheirWorkerGoesOffAndTheRestMoveNoEarlierThanNow() {
        DayPlan published = new DayPlan(DAY, List.of(planned(hoist, ann, "09:30"), planned(exercise, ann, "10:30"),
                planned(morning, ben, "09:15")), List.of());
        DayProblem day = new DayProblem(DAY, List.of(ann, ben), List.of(hoist, exercise, morning));

        Replanning.Replan replan = Replanning.after(day, published,
                PlanChange.workerOff(LocalTime.of(10, 15), ann.id(), Set.of(hoist.id())));

        Visit started = replan.problem().visit(hoist.id()).orElseThrow();
        assertThat(started.pin()).isEqualTo(new Visit.Pin(List.of(ann.id()), LocalTime.of(9, 30)));
        Visit moving = replan.problem().visit(exercise.id()).orElseThrow();
        assertThat(moving.pinned()).isFalse();
        assertThat(moving.window()).isEqualTo(TimeWindow.of("10:15", "16:00"));
        assertThat(replan.startFrom()).extracting(Assignment::visitId).doesNotContain(exercise.id());
        // Ben's 9:15 visit had not started and its window closes at 10:00: its time has passed.
        assertThat(replan.tooLate()).singleElement().satisfies(u -> {
            assertThat(u.visitId()).isEqualTo(morning.id());
            assertThat(u.reason()).isEqualTo("The time for this visit today (9:00am to 10:00am) has passed.");
        });
        assertThat(replan.workersOff()).containsExactly(ann.id());
    }
}
