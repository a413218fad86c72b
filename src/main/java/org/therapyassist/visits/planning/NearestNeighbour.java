package org.therapyassist.visits.planning;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.therapyassist.visits.Assignment;
import org.therapyassist.visits.DayPlan;
import org.therapyassist.visits.DayProblem;
import org.therapyassist.visits.Location;
import org.therapyassist.visits.TimeWindow;
import org.therapyassist.visits.TravelTimes;
import org.therapyassist.visits.Visit;
import org.therapyassist.visits.Worker;

/**
 * A quick first plan, parallel greedy nearest neighbour under the same hard rules: the worker who is free soonest takes
 * the nearest visit they may make and can still fit (window, breaks, home by the shift's end); a double-up also takes
 * the qualified colleague who can be there soonest, and both start when the later arrives. Nearest is by travel, or
 * (Solomon's time-oriented nearest neighbour) by travel plus the wait until the visit can start, so a worker does not
 * wait all morning for a nearby afternoon visit. The solver starts from it, and the planning benchmark measures the
 * solver against both.
 */
public final class NearestNeighbour {

    /** What "nearest" means. */
    public enum Closeness {
        /** Least travel to the visit. */
        TRAVEL,
        /** Soonest start: travel plus any wait for the window or the partner. */
        TRAVEL_AND_WAIT
    }

    private final DayProblem day;
    private final Closeness closeness;
    private final TravelTimes travel;
    private final Map<Worker, Integer> freeAt = new HashMap<>();
    private final Map<Worker, Location> at = new HashMap<>();
    private final Map<Worker, int[][]> breaks = new HashMap<>();
    private final List<Assignment> assignments = new ArrayList<>();

    private final BiPredicate<Worker, Visit> canMake;

    private NearestNeighbour(DayProblem day, TravelTimes travel, BiPredicate<Worker, Visit> canMake,
            Closeness closeness) {
        this.day = day;
        this.closeness = closeness;
        this.travel = travel;
        this.canMake = canMake;
        for (Worker w : day.workers()) {
            freeAt.put(w, w.shift().from().toSecondOfDay());
            at.put(w, w.base());
            breaks.put(w, w.breaks().stream().sorted(Comparator.comparing(TimeWindow::from))
                    .map(b -> new int[]{b.from().toSecondOfDay(), b.to().toSecondOfDay()}).toArray(int[][]::new));
        }
    }

    /** Visits already pinned are left out: the solver places them where they are pinned. */
    public static DayPlan of(DayProblem day, TravelTimes travel, BiPredicate<Worker, Visit> canMake) {
        return of(day, travel, canMake, Closeness.TRAVEL);
    }

    public static DayPlan of(DayProblem day, TravelTimes travel, BiPredicate<Worker, Visit> canMake,
            Closeness closeness) {
        return new NearestNeighbour(day, travel, canMake, closeness).plan();
    }

    /** {@code distance}: how near, by the chosen closeness. */
    private record Choice(Visit visit, Worker partner, int start, int distance) {
    }

    private DayPlan plan() {
        Set<Visit> left = new LinkedHashSet<>(day.visits().stream().filter(v -> !v.pinned()).toList());
        Set<Worker> active = new LinkedHashSet<>(day.workers());
        while (!active.isEmpty() && !left.isEmpty()) {
            Worker w = active.stream().min(Comparator.comparingInt(freeAt::get)).orElseThrow();
            Choice best = null;
            for (Visit v : left) {
                Choice c = choice(w, v, active);
                if (c != null && (best == null || c.distance() < best.distance()
                        || c.distance() == best.distance() && c.start() < best.start())) {
                    best = c;
                }
            }
            if (best == null) {
                active.remove(w);
                continue;
            }
            assign(w, best.visit(), best.start());
            if (best.partner() != null) {
                assign(best.partner(), best.visit(), best.start());
            }
            left.remove(best.visit());
        }
        return new DayPlan(day.day(), assignments, List.of());
    }

    private Choice choice(Worker w, Visit v, Set<Worker> active) {
        if (!canMake.test(w, v)) {
            return null;
        }
        int start = earliest(w, v);
        if (!v.doubleUp()) {
            return fits(w, v, start) ? new Choice(v, null, start, distance(w, v, start)) : null;
        }
        Choice best = null;
        for (Worker p : active) {
            if (p == w || !canMake.test(p, v)) {
                continue;
            }
            int together = Math.max(start, earliest(p, v));
            if (fits(w, v, together) && fits(p, v, together) && (best == null || together < best.start())) {
                best = new Choice(v, p, together, distance(w, v, together));
            }
        }
        return best;
    }

    private int distance(Worker w, Visit v, int start) {
        return closeness == Closeness.TRAVEL ? travel.seconds(at.get(w), v.location()) : start - freeAt.get(w);
    }

    private int earliest(Worker w, Visit v) {
        int arrive = WorkingTime.afterTravel(freeAt.get(w), travel.seconds(at.get(w), v.location()), breaks.get(w));
        return WorkingTime.startClearOfBreaks(Math.max(arrive, v.window().from().toSecondOfDay()),
                (int) v.duration().toSeconds(), breaks.get(w));
    }

    private boolean fits(Worker w, Visit v, int start) {
        int end = start + (int) v.duration().toSeconds();
        int arrive = WorkingTime.afterTravel(freeAt.get(w), travel.seconds(at.get(w), v.location()), breaks.get(w));
        int home = WorkingTime.afterTravel(end, travel.seconds(v.location(), w.base()), breaks.get(w));
        return start >= arrive && end <= v.window().to().toSecondOfDay() && !WorkingTime.overBreak(start, end,
                breaks.get(w)) && home <= w.shift().to().toSecondOfDay();
    }

    private void assign(Worker w, Visit v, int start) {
        int end = start + (int) v.duration().toSeconds();
        assignments.add(new Assignment(v.id(), w.id(), LocalTime.ofSecondOfDay(start), LocalTime.ofSecondOfDay(end)));
        freeAt.put(w, end);
        at.put(w, v.location());
    }
}
