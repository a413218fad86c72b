package org.therapyassist.visits;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.therapyassist.platform.web.Formats;

/**
 * Re-planning during the day, as pure functions: what stays (started visits, and published pins whose workers are still
 * working), what moves (everything else, no earlier than now), and which published visits a lapsed competency pulls
 * back to "to re-plan".
 */
public final class Replanning {

    /**
     * The day to solve again: the problem with started visits pinned where they are and windows moved on to now, the
     * published assignments to start from, the workers who are off (they keep only their started visits) and the
     * visits whose time has passed.
     */
    public record Replan(DayProblem problem, List<Assignment> startFrom, Set<UUID> workersOff,
            List<Unassigned> tooLate) {
    }

    private Replanning() {
    }

    public static Replan after(DayProblem problem, DayPlan published, PlanChange change) {
        List<Visit> visits = new ArrayList<>();
        List<Unassigned> tooLate = new ArrayList<>();
        Set<UUID> kept = new HashSet<>();
        List<Visit> all = new ArrayList<>(problem.visits());
        all.addAll(change.visitsAdded());
        for (Visit visit : all) {
            List<Assignment> assigned = published.of(visit.id());
            if (change.started().contains(visit.id()) && !assigned.isEmpty()) {
                visits.add(visit.pinnedTo(new Visit.Pin(assigned.stream().map(Assignment::workerId).toList(),
                        assigned.getFirst().start())));
                kept.add(visit.id());
            } else if (visit.pinned() && assigned.size() == visit.workersNeeded()
                    && visit.pin().workers().stream().noneMatch(change.workersOff()::contains)) {
                visits.add(visit);
                kept.add(visit.id());
            } else {
                Visit moving = visit.pinnedTo(null);
                LocalTime from = visit.window().from().isBefore(change.now()) ? change.now() : visit.window().from();
                if (from.plus(visit.duration()).isAfter(visit.window().to())
                        || from.plus(visit.duration()).isBefore(from)) {
                    tooLate.add(UnassignedReasons.reason(visit, "visits.reason.window-passed",
                            Words.time(visit.window().from()), Words.time(visit.window().to())));
                } else {
                    visits.add(moving.withWindow(new TimeWindow(from, visit.window().to())));
                }
            }
        }
        List<Assignment> startFrom = published.assignments().stream()
                .filter(a -> kept.contains(a.visitId()) || !change.workersOff().contains(a.workerId()))
                .filter(a -> visits.stream().anyMatch(v -> v.id().equals(a.visitId())))
                .toList();
        return new Replan(new DayProblem(problem.day(), problem.workers(), visits), startFrom, change.workersOff(),
                tooLate);
    }

    /**
     * The published plan with every visit whose worker is no longer competent on the visit's day (a sign-off that
     * lapses or is withdrawn before then) taken off them and listed "to re-plan" with the reason. {@code current}
     * holds the workers' competencies as they stand now.
     */
    public static DayPlan pullBackLapsed(DayPlan published, DayProblem current) {
        Map<UUID, Worker> workers = current.workersById();
        Set<UUID> pulled = new HashSet<>();
        List<Unassigned> unassigned = new ArrayList<>(published.unassigned());
        for (Assignment a : published.assignments()) {
            Visit visit = current.visit(a.visitId()).orElse(null);
            Worker worker = workers.get(a.workerId());
            if (visit == null || worker == null || pulled.contains(visit.id())) {
                continue;
            }
            PlanRules.competence(worker, visit, current.day()).ifPresent(rule -> {
                pulled.add(visit.id());
                String lapsed = visit.needs().stream()
                        .filter(n -> worker.inDate(n.code(), current.day()).isEmpty())
                        .map(Visit.NeededCompetency::name).findFirst().orElse(visit.stage().title());
                unassigned.add(UnassignedReasons.reason(visit, "visits.reason.to-replan", Words.worker(worker),
                        lapsed, Formats.day(current.day())));
            });
        }
        return new DayPlan(published.day(),
                published.assignments().stream().filter(a -> !pulled.contains(a.visitId())).toList(), unassigned);
    }
}
