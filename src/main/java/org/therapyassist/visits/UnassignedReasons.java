package org.therapyassist.visits;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.web.Formats;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.visits.planning.WorkingTime;

/**
 * Why a visit has no worker, found by checking it against the workers rather than guessed: nobody competent on the
 * day, too few on shift in its window, all of them busy then, or free but without room for the travel.
 */
final class UnassignedReasons {

    private UnassignedReasons() {
    }

    static Unassigned of(Visit visit, DayProblem problem, DayPlan plan, Set<UUID> workersOff) {
        List<Worker> capable = problem.workers().stream().filter(w -> !workersOff.contains(w.id()))
                .filter(w -> PlanRules.canMake(w, visit, problem.day())).toList();
        int needed = visit.workersNeeded();
        String from = Words.time(visit.window().from());
        String to = Words.time(visit.window().to());
        if (capable.size() < needed) {
            return capable.isEmpty()
                    ? reason(visit, "visits.reason.nobody", who(visit, false), Formats.day(problem.day()))
                    : reason(visit, "visits.reason.only-one", who(visit, false), Formats.day(problem.day()));
        }
        List<Worker> onShift = capable.stream().filter(w -> shiftCovers(w, visit)).toList();
        if (onShift.size() < needed) {
            return needed == 1
                    ? reason(visit, "visits.reason.not-on-shift", who(visit, false), from, to)
                    : reason(visit, "visits.reason.not-on-shift-two", who(visit, true), from, to);
        }
        long free = onShift.stream().filter(w -> hasFreeTime(w, visit, plan)).count();
        if (free < needed) {
            return needed == 1
                    ? reason(visit, "visits.reason.busy", who(visit, false), from, to)
                    : reason(visit, "visits.reason.busy-two", who(visit, true), from, to);
        }
        return reason(visit, "visits.reason.no-room", who(visit, true), from, to);
    }

    /** "worker with an in-date hoist transfer competency at senior support worker stage or above". */
    static String who(Visit visit, boolean plural) {
        String who = visit.needs().isEmpty()
                ? Messages.text(plural ? "visits.who.workers" : "visits.who.worker")
                : Messages.text(plural ? "visits.who.competent-plural" : "visits.who.competent", Words.needs(visit));
        return visit.stage() == Stage.SUPPORT_WORKER
                ? who
                : Messages.text("visits.who.at-stage", who, visit.stage().title().toLowerCase(Locale.UK));
    }

    private static boolean shiftCovers(Worker worker, Visit visit) {
        LocalTime from = later(worker.shift().from(), visit.window().from());
        LocalTime to = earlier(worker.shift().to(), visit.window().to());
        return from.plus(visit.duration()).compareTo(to) <= 0;
    }

    /** Whether the worker has the visit's length free of visits and breaks within its window and their shift. */
    private static boolean hasFreeTime(Worker worker, Visit visit, DayPlan plan) {
        List<int[]> busy = new ArrayList<>();
        for (int[] b : PlanRules.breaks(worker)) {
            busy.add(b);
        }
        plan.assignments().stream().filter(a -> a.workerId().equals(worker.id()))
                .forEach(a -> busy.add(new int[]{a.start().toSecondOfDay(), a.end().toSecondOfDay()}));
        busy.sort(Comparator.comparingInt(b -> b[0]));
        int from = later(worker.shift().from(), visit.window().from()).toSecondOfDay();
        int to = earlier(worker.shift().to(), visit.window().to()).toSecondOfDay();
        int start = WorkingTime.startClearOfBreaks(from, (int) visit.duration().toSeconds(),
                busy.toArray(int[][]::new));
        return start + visit.duration().toSeconds() <= to;
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime earlier(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }

    static Unassigned reason(Visit visit, String code, Object... args) {
        return new Unassigned(visit.id(), code, Messages.text(code, args));
    }
}
