package org.therapyassist.visits;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.therapyassist.platform.web.Formats;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.visits.planning.WorkingTime;

/**
 * The hard rules of a planned day, as plain functions over any plan: the solver's output is checked with them, and
 * so will be a lead's manual move on the planning board. An empty list means the plan is safe to publish.
 */
public final class PlanRules {

    /** One rule a plan breaks, at one visit (and the worker concerned, if one). */
    public record BrokenRule(UUID visitId, UUID workerId, String code, String message) {
    }

    private PlanRules() {
    }

    /**
     * Why the worker may not make the visit on the day, or empty when they may: the stage, then each competency the
     * task needs in date on that very day (not on the day the plan is made).
     */
    public static Optional<BrokenRule> competence(Worker worker, Visit visit, LocalDate day) {
        if (!worker.stage().isAtLeast(visit.stage())) {
            return Optional.of(broken(visit, worker, "visits.rule.stage-too-low", Words.worker(worker),
                    worker.stage().title().toLowerCase(Locale.UK), visit.stage().title().toLowerCase(Locale.UK)));
        }
        for (Visit.NeededCompetency need : visit.needs()) {
            if (worker.inDate(need.code(), day).isPresent()) {
                continue;
            }
            Optional<LocalDate> lapsed = worker.lastExpiry(need.code());
            if (lapsed.isPresent()) {
                return Optional.of(broken(visit, worker, "visits.rule.competency-lapsed", Words.worker(worker),
                        need.name(), Formats.day(lapsed.get()), Formats.day(day)));
            }
            return Optional.of(broken(visit, worker, "visits.rule.not-competent", Words.worker(worker), need.name()));
        }
        return Optional.empty();
    }

    public static boolean canMake(Worker worker, Visit visit, LocalDate day) {
        return competence(worker, visit, day).isEmpty();
    }

    /** Every hard rule the plan breaks, visit by visit and then worker by worker. */
    public static List<BrokenRule> check(DayProblem problem, DayPlan plan, TravelTimes travel) {
        List<BrokenRule> broken = new ArrayList<>();
        Map<UUID, Worker> workers = problem.workersById();
        Map<UUID, Visit> visits = problem.visitsById();
        for (Visit visit : problem.visits()) {
            broken.addAll(visitRules(problem.day(), visit, plan.of(visit.id()), workers));
        }
        for (Assignment a : plan.assignments()) {
            if (!visits.containsKey(a.visitId())) {
                broken.add(new BrokenRule(a.visitId(), a.workerId(), "visits.rule.unknown-visit",
                        Messages.text("visits.rule.unknown-visit")));
            }
        }
        plan.routes().forEach((workerId, route) -> {
            Worker worker = workers.get(workerId);
            if (worker != null) {
                broken.addAll(routeRules(worker, route.stream().filter(a -> visits.containsKey(a.visitId()))
                        .toList(), visits, travel));
            }
        });
        return broken;
    }

    private static List<BrokenRule> visitRules(LocalDate day, Visit visit, List<Assignment> assigned,
            Map<UUID, Worker> workers) {
        List<BrokenRule> broken = new ArrayList<>();
        if (assigned.isEmpty()) {
            if (visit.pinned()) {
                broken.add(broken(visit, null, "visits.rule.pinned-unassigned"));
            }
            return broken;
        }
        long distinct = assigned.stream().map(Assignment::workerId).distinct().count();
        if (assigned.size() != visit.workersNeeded() || distinct != assigned.size()) {
            broken.add(broken(visit, null, "visits.rule.workers", distinct, visit.workersNeeded()));
        }
        LocalTime firstStart = assigned.stream().map(Assignment::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalTime lastStart = assigned.stream().map(Assignment::start).max(Comparator.naturalOrder()).orElseThrow();
        if (!firstStart.equals(lastStart)) {
            broken.add(broken(visit, null, "visits.rule.apart", Words.time(firstStart), Words.time(lastStart)));
        }
        if (visit.pinned() && (!new HashSet<>(visit.pin().workers()).equals(new HashSet<>(assigned.stream()
                .map(Assignment::workerId).toList())) || !firstStart.equals(visit.pin().start()))) {
            broken.add(broken(visit, null, "visits.rule.pin-moved", Words.time(visit.pin().start())));
        }
        for (Assignment a : assigned) {
            Worker worker = workers.get(a.workerId());
            if (worker == null) {
                broken.add(new BrokenRule(visit.id(), a.workerId(), "visits.rule.unknown-worker",
                        Messages.text("visits.rule.unknown-worker")));
                continue;
            }
            competence(worker, visit, day).ifPresent(broken::add);
            if (!Duration.between(a.start(), a.end()).equals(visit.duration())) {
                broken.add(broken(visit, worker, "visits.rule.duration", Words.time(a.start()), Words.time(a.end()),
                        visit.duration().toMinutes()));
            }
            if (!visit.window().contains(a.start(), a.end())) {
                broken.add(broken(visit, worker, "visits.rule.window", Words.time(a.start()), Words.time(a.end()),
                        Words.time(visit.window().from()), Words.time(visit.window().to())));
            }
        }
        return broken;
    }

    /** The worker's day in order: from base after the shift starts, between visits, back to base by its end. */
    private static List<BrokenRule> routeRules(Worker worker, List<Assignment> route, Map<UUID, Visit> visits,
            TravelTimes travel) {
        List<BrokenRule> broken = new ArrayList<>();
        int[][] breaks = breaks(worker);
        int previousEnd = worker.shift().from().toSecondOfDay();
        Location previousPlace = worker.base();
        String previousName = null;
        for (Assignment a : route) {
            Visit visit = visits.get(a.visitId());
            int start = a.start().toSecondOfDay();
            int end = a.end().toSecondOfDay();
            if (WorkingTime.free(previousEnd, start, breaks) < travel.seconds(previousPlace, visit.location())) {
                broken.add(previousName == null
                        ? broken(visit, worker, "visits.rule.shift", Words.worker(worker),
                                Words.time(worker.shift().from()), Words.time(worker.shift().to()))
                        : broken(visit, worker, "visits.rule.no-time", Words.worker(worker), previousName,
                                Words.time(a.start())));
            }
            if (WorkingTime.overBreak(start, end, breaks)) {
                broken.add(broken(visit, worker, "visits.rule.break", Words.worker(worker)));
            }
            previousEnd = end;
            previousPlace = visit.location();
            previousName = Words.time(a.end());
        }
        if (!route.isEmpty() && WorkingTime.free(previousEnd, worker.shift().to().toSecondOfDay(), breaks) < travel
                .seconds(previousPlace, worker.base())) {
            Visit last = visits.get(route.getLast().visitId());
            broken.add(broken(last, worker, "visits.rule.shift", Words.worker(worker),
                    Words.time(worker.shift().from()), Words.time(worker.shift().to())));
        }
        return broken;
    }

    static int[][] breaks(Worker worker) {
        return worker.breaks().stream().sorted(Comparator.comparing(TimeWindow::from))
                .map(b -> new int[]{b.from().toSecondOfDay(), b.to().toSecondOfDay()}).toArray(int[][]::new);
    }

    private static BrokenRule broken(Visit visit, Worker worker, String code, Object... args) {
        return new BrokenRule(visit.id(), worker == null ? null : worker.id(), code, Messages.text(code, args));
    }
}
