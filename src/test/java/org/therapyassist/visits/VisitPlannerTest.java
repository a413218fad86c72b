package org.therapyassist.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapyassist.visits.Days.DAY;
import static org.therapyassist.visits.Days.EXERCISE;
import static org.therapyassist.visits.Days.HOIST;
import static org.therapyassist.visits.Days.TRAVEL;
import static org.therapyassist.visits.Days.at;
import static org.therapyassist.visits.Days.doubleUp;
import static org.therapyassist.visits.Days.held;
import static org.therapyassist.visits.Days.inDate;
import static org.therapyassist.visits.Days.preferring;
import static org.therapyassist.visits.Days.visit;
import static org.therapyassist.visits.Days.worker;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planner's hard rules on small days, each named after the hazard it prevents; every plan is re-checked. */
class VisitPlannerTest {

    private final VisitPlanner planner = Days.planner();

    @Test
    void h80_visitNeverGoesToWorkerWhoseCompetencyLapsesBeforeTheVisitDay() {
        // Ann lives next door to the patient and is the worker the patient knows, but her hoist sign-off is in date
        // today and lapses the day before the visit; Ben is across town with one in date.
        Worker ann = worker("Ann", at(0, 0.1), held(HOIST, DAY.minusDays(1)));
        Worker ben = worker("Ben", at(4, 4), inDate(HOIST));
        Visit hoist = preferring(visit("hoist", at(0, 0), 45, TimeWindow.of("09:00", "12:00"), HOIST), ann);
        DayProblem day = new DayProblem(DAY, List.of(ann, ben), List.of(hoist));

        DayPlan plan = planner.plan(day);

        assertThat(plan.of(hoist.id())).extracting(Assignment::workerId).containsExactly(ben.id());
        assertThat(PlanRules.check(day, plan, TRAVEL)).isEmpty();
        assertThat(PlanRules.competence(ann, hoist, DAY)).get()
                .extracting(PlanRules.BrokenRule::code).isEqualTo("visits.rule.competency-lapsed");
    }

    @Test
    void h80_aVisitWhoseOnlyCompetentWorkerLapsesBeforeTheDayIsLeftUnplannedNotGivenToThem() {
        Worker ann = worker("Ann", at(0, 0.1), held(HOIST, DAY.minusDays(1)));
        Visit hoist = visit("hoist", at(0, 0), 45, TimeWindow.of("09:00", "12:00"), HOIST);

        DayPlan plan = planner.plan(new DayProblem(DAY, List.of(ann), List.of(hoist)));

        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.unassigned()).singleElement().satisfies(u -> {
            assertThat(u.code()).isEqualTo("visits.reason.nobody");
            assertThat(u.reason()).isEqualTo(
                    "No worker with an in-date hoist transfer competency is working on 8 December 2026.");
        });
    }

    @Test
    void h81_doubleUpVisitGetsTwoQualifiedWorkersArrivingTogether() {
        // Cat is nearest but has no hoist sign-off; Dan and Eve have. Dan starts far away, so Eve waits for him.
        Worker cat = worker("Cat", at(0, 0.2), inDate(EXERCISE));
        Worker dan = worker("Dan", at(5, -5), inDate(HOIST), inDate(EXERCISE));
        Worker eve = worker("Eve", at(0.5, 0), inDate(HOIST), inDate(EXERCISE));
        Visit hoist = doubleUp("double hoist", at(0, 0), 40, TimeWindow.of("08:30", "11:00"), HOIST);
        List<Visit> visits = new ArrayList<>(List.of(hoist));
        for (int i = 0; i < 6; i++) {
            visits.add(visit("exercise " + i, at(i * 0.4, 1 - i * 0.3), 30, TimeWindow.of("09:00", "16:00"),
                    EXERCISE));
        }
        DayProblem day = new DayProblem(DAY, List.of(cat, dan, eve), visits);

        DayPlan plan = planner.plan(day);

        List<Assignment> both = plan.of(hoist.id());
        assertThat(both).extracting(Assignment::workerId).containsExactlyInAnyOrder(dan.id(), eve.id());
        assertThat(both.get(0).start()).isEqualTo(both.get(1).start());
        assertThat(PlanRules.check(day, plan, TRAVEL)).isEmpty();
        assertThat(plan.unassigned()).isEmpty();
    }

    @Test
    void h81_aDoubleUpWithOnlyOneQualifiedWorkerIsNotSentWithOneButSaysWhy() {
        Worker dan = worker("Dan", at(1, 1), inDate(HOIST));
        Worker cat = worker("Cat", at(0, 0.2), inDate(EXERCISE));
        Visit hoist = doubleUp("double hoist", at(0, 0), 40, TimeWindow.of("09:00", "11:00"), HOIST);

        DayPlan plan = planner.plan(new DayProblem(DAY, List.of(dan, cat), List.of(hoist)));

        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.unassigned()).singleElement().extracting(Unassigned::reason).isEqualTo(
                "Only one worker with an in-date hoist transfer competency is working on 8 December 2026; "
                        + "this visit needs two.");
    }

    @Test
    void h82_pinnedVisitStaysWhenReplanning() {
        Worker fay = worker("Fay", at(0, 0), inDate(EXERCISE));
        Worker gus = worker("Gus", at(1, 1), inDate(EXERCISE));
        Worker hal = worker("Hal", at(-1, 1), inDate(EXERCISE));
        List<Visit> visits = new ArrayList<>();
        List<Worker> workers = List.of(fay, gus, hal);
        for (int i = 0; i < 9; i++) {
            // Each patient knows one of the three, so the day is shared between them.
            visits.add(preferring(visit("visit " + i, at(i * 0.3 - 1, (i % 3) * 0.5), 30,
                    TimeWindow.of("09:00", "16:00"), EXERCISE), workers.get(i % 3)));
        }
        DayProblem day = new DayProblem(DAY, workers, visits);
        DayPlan first = planner.plan(day);
        assertThat(first.unassigned()).isEmpty();
        // One worker has started their first visit and then goes off sick; the lead has pinned another worker's last
        // visit to them at its time and published.
        var routes = first.routes().values().stream().filter(r -> !r.isEmpty()).toList();
        assertThat(routes).hasSizeGreaterThan(1);
        Assignment startedOne = routes.get(0).getFirst();
        Assignment pinnedOne = routes.get(1).getLast();
        Worker off = day.workersById().get(startedOne.workerId());
        List<Visit> published = visits.stream().map(v -> v.id().equals(pinnedOne.visitId())
                ? v.pinnedTo(new Visit.Pin(List.of(pinnedOne.workerId()), pinnedOne.start()))
                : v).toList();
        DayProblem publishedDay = new DayProblem(DAY, day.workers(), published);

        DayPlan again = planner.replan(publishedDay, first,
                PlanChange.workerOff(LocalTime.of(10, 0), off.id(), Set.of(startedOne.visitId())));

        assertThat(again.of(pinnedOne.visitId())).containsExactly(pinnedOne);
        assertThat(again.of(startedOne.visitId())).containsExactly(startedOne);
        assertThat(again.assignments()).filteredOn(a -> a.workerId().equals(off.id())).containsExactly(startedOne);
        assertThat(again.assignments()).filteredOn(a -> !a.visitId().equals(startedOne.visitId())
                && !a.visitId().equals(pinnedOne.visitId()))
                .allSatisfy(a -> assertThat(a.start()).isAfterOrEqualTo(LocalTime.of(10, 0)));
        assertThat(again.unassigned()).allSatisfy(u -> assertThat(u.reason()).isNotBlank());
        assertThat(again.assignments().size() + again.unassigned().size()).isEqualTo(visits.size());
    }

    @Test
    void h82_aVisitAddedDuringTheDayIsPlannedAroundThePublishedOnes() {
        Worker fay = worker("Fay", at(0, 0), inDate(EXERCISE));
        Visit early = visit("early", at(0.5, 0), 30, TimeWindow.of("09:00", "10:00"), EXERCISE);
        DayProblem day = new DayProblem(DAY, List.of(fay), List.of(early));
        DayPlan first = planner.plan(day);
        Visit added = visit("added", at(0.6, 0.2), 30, TimeWindow.of("11:00", "15:00"), EXERCISE);

        DayPlan again = planner.replan(day, first,
                PlanChange.visitAdded(LocalTime.of(9, 30), added, Set.of(early.id())));

        assertThat(again.of(early.id())).isEqualTo(first.of(early.id()));
        assertThat(again.of(added.id())).singleElement().extracting(Assignment::workerId).isEqualTo(fay.id());
    }

    @Test
    void h83_unassignedVisitSaysWhyInPlainWords() {
        // The only hoist-trained worker works afternoons; the visit must be done in the morning.
        Worker ivy = worker("Ivy", at(0, 0), TimeWindow.of("13:00", "17:00"), inDate(HOIST));
        Worker jon = worker("Jon", at(0, 0), inDate(EXERCISE));
        Visit hoist = visit("hoist", at(0.3, 0.3), 45, TimeWindow.of("10:00", "12:00"), HOIST);

        DayPlan plan = planner.plan(new DayProblem(DAY, List.of(ivy, jon), List.of(hoist)));

        assertThat(plan.unassigned()).singleElement().satisfies(u -> {
            assertThat(u.visitId()).isEqualTo(hoist.id());
            assertThat(u.reason()).isEqualTo(
                    "No worker with an in-date hoist transfer competency is on shift between 10:00am and 12:00pm.");
        });
    }

    @Test
    void h83_aVisitCrowdedOutSaysNobodyCompetentIsFreeThen() {
        Worker kim = worker("Kim", at(0, 0), inDate(HOIST));
        Visit first = visit("first", at(0.2, 0), 60, TimeWindow.of("10:00", "11:00"), HOIST);
        Visit second = visit("second", at(0.2, 0.1), 60, TimeWindow.of("10:00", "11:00"), HOIST);

        DayPlan plan = planner.plan(new DayProblem(DAY, List.of(kim), List.of(first, second)));

        assertThat(plan.assignments()).hasSize(1);
        assertThat(plan.unassigned()).singleElement().extracting(Unassigned::reason).isEqualTo(
                "No worker with an in-date hoist transfer competency is free between 10:00am and 11:00am.");
    }

    @Test
    void h84_solverPlanPassesTheSameRulesAManualMoveIsCheckedWith() {
        DayProblem day = Towns.day(6, 40, 2, 7);

        DayPlan plan = planner.plan(day);

        assertThat(PlanRules.check(day, plan, TRAVEL)).isEmpty();
        assertThat(plan.assignments().size()).as("most visits planned").isGreaterThan(20);
        assertThat(plan.assignments().stream().map(Assignment::visitId).distinct().count()
                + plan.unassigned().size()).isEqualTo(day.visits().size());
        plan.assignments().forEach(a -> {
            Visit v = day.visit(a.visitId()).orElseThrow();
            assertThat(v.window().contains(a.start(), a.end())).isTrue();
        });
    }
}
