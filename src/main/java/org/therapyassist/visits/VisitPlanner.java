package org.therapyassist.visits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Component;
import org.therapyassist.visits.planning.DaySolver;
import org.therapyassist.visits.planning.NearestNeighbour;

/**
 * Plans a day of home visits, and plans it again when the day changes. The solver searches; what it returns is then
 * checked with {@link PlanRules}, and any visit that would break a hard rule (the search ran out of time, say) is taken
 * off the plan rather than published, so a plan from here never breaks one. Every visit left without a worker says why.
 */
@Component
public class VisitPlanner {

    private final TravelTimes travel;
    private final DaySolver planning;
    private final DaySolver replanning;

    public VisitPlanner(TravelTimes travel, VisitPlanningProperties properties) {
        this.travel = travel;
        this.planning = new DaySolver(travel, properties.planFor(), properties.stopWhenUnimprovedFor(),
                properties.continuityWorth(), properties.fairnessWorth());
        this.replanning = new DaySolver(travel, properties.replanFor(), properties.stopWhenUnimprovedFor(),
                properties.continuityWorth(), properties.fairnessWorth());
    }

    /** A fresh day, searched from a quick nearest-neighbour plan (by soonest start, so fewer visits are left out). */
    public DayPlan plan(DayProblem problem) {
        List<Assignment> first = NearestNeighbour.of(problem, travel, (w, v) -> PlanRules.canMake(w, v,
                problem.day()), NearestNeighbour.Closeness.TRAVEL_AND_WAIT).assignments();
        return solve(planning, problem, first, Set.of(), List.of());
    }

    /** The published plan again after a change: started and pinned visits stay, the rest may move. */
    public DayPlan replan(DayProblem problem, DayPlan published, PlanChange change) {
        Replanning.Replan replan = Replanning.after(problem, published, change);
        return solve(replanning, replan.problem(), replan.startFrom(), replan.workersOff(), replan.tooLate());
    }

    private DayPlan solve(DaySolver solver, DayProblem problem, List<Assignment> startFrom, Set<UUID> workersOff,
            List<Unassigned> alreadyUnassigned) {
        BiPredicate<Worker, Visit> canMake = (w, v) -> PlanRules.canMake(w, v, problem.day())
                && (!workersOff.contains(w.id()) || v.pinned() && v.pin().workers().contains(w.id()));
        List<Assignment> found = solver.solve(problem, startFrom, canMake);
        List<Assignment> assignments = keepOnlySafe(problem, found);
        DayPlan planned = new DayPlan(problem.day(), assignments, List.of());
        List<Unassigned> unassigned = new ArrayList<>(alreadyUnassigned);
        for (Visit visit : problem.visits()) {
            if (planned.isAssigned(visit.id())) {
                continue;
            }
            // A visit the search placed but that broke a rule, where a worker could have had room: say so plainly.
            Unassigned why = UnassignedReasons.of(visit, problem, planned, workersOff);
            boolean takenOff = found.stream().anyMatch(a -> a.visitId().equals(visit.id()));
            unassigned.add(takenOff && why.code().equals("visits.reason.no-room")
                    ? UnassignedReasons.reason(visit, "visits.reason.not-fitted")
                    : why);
        }
        return new DayPlan(problem.day(), assignments, unassigned);
    }

    /**
     * Takes off every visit that breaks a hard rule, until none does. Taking a visit off a route never makes the rest
     * of it break a rule, but the loop checks again rather than rely on that.
     */
    private List<Assignment> keepOnlySafe(DayProblem problem, List<Assignment> assignments) {
        List<Assignment> kept = assignments;
        for (int round = 0; round < 10; round++) {
            Set<UUID> unsafe = new HashSet<>();
            for (PlanRules.BrokenRule rule : PlanRules.check(problem, new DayPlan(problem.day(), kept, List.of()),
                    travel)) {
                if (!rule.code().equals("visits.rule.pinned-unassigned")) {
                    unsafe.add(rule.visitId());
                }
            }
            if (unsafe.isEmpty()) {
                return kept;
            }
            kept = kept.stream().filter(a -> !unsafe.contains(a.visitId())).toList();
        }
        return List.of();
    }
}
