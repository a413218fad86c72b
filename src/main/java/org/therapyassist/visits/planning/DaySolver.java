package org.therapyassist.visits.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.therapyassist.visits.Assignment;
import org.therapyassist.visits.DayProblem;
import org.therapyassist.visits.Location;
import org.therapyassist.visits.TimeWindow;
import org.therapyassist.visits.TravelTimes;
import org.therapyassist.visits.Visit;
import org.therapyassist.visits.Worker;

/**
 * Runs Timefold Solver over a day: turns the module's records into the solver's model, starts from the pins (and, when
 * re-planning, from the published plan), and turns the best routes found back into assignments. Timefold's own Spring
 * Boot starter does not run on Boot 4, so the factory is built here from a plain configuration, once.
 */
public final class DaySolver {

    /**
     * How often a nearby move is tried against each of Timefold's own list moves (change, swap, 2-opt): twelve to one
     * planned more visits with less travel than three to one in the planning benchmark (seed 14).
     */
    static final double NEARBY_WEIGHT = 12.0;

    private final SolverFactory<RoutePlan> factory;
    private final TravelTimes travel;
    private final ConstraintWeightOverrides<HardMediumSoftScore> weights;

    /**
     * {@code continuityWorth}: the extra travel a visit by the worker the patient knows is worth;
     * {@code fairnessWorth}: the travel each point (per mille of a shift) of unfairness in workload is worth. Either at
     * zero leaves that aim out, so travel alone is weighed.
     */
    public DaySolver(TravelTimes travel, Duration limit, Duration unimprovedLimit, Duration continuityWorth,
            Duration fairnessWorth) {
        this(travel, new TerminationConfig().withSpentLimit(limit).withUnimprovedSpentLimit(unimprovedLimit),
                EnvironmentMode.PHASE_ASSERT, continuityWorth, fairnessWorth);
    }

    /** With other stopping rules or assertions (the tests run the score's full checks), and the default weights. */
    DaySolver(TravelTimes travel, TerminationConfig termination, EnvironmentMode mode) {
        this(travel, termination, mode, Duration.ofSeconds(VisitConstraints.CONTINUITY_SECONDS),
                Duration.ofSeconds(VisitConstraints.FAIRNESS_SECONDS_PER_POINT));
    }

    private DaySolver(TravelTimes travel, TerminationConfig termination, EnvironmentMode mode,
            Duration continuityWorth, Duration fairnessWorth) {
        this.travel = travel;
        this.weights = ConstraintWeightOverrides.of(Map.of(
                VisitConstraints.CONTINUITY, HardMediumSoftScore.ofSoft(continuityWorth.toSeconds()),
                VisitConstraints.FAIRNESS, HardMediumSoftScore.ofSoft(fairnessWorth.toSeconds())));
        this.factory = SolverFactory.create(new SolverConfig()
                .withSolutionClass(RoutePlan.class)
                .withEntityClasses(WorkerRoute.class, Stop.class)
                .withConstraintProviderClass(VisitConstraints.class)
                .withEnvironmentMode(mode)
                .withTerminationConfig(termination)
                .withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                new ListChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                                new ListSwapMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                                new KOptListMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(NearbyMoves.class)
                                        .withFixedProbabilityWeight(NEARBY_WEIGHT)))));
    }

    /**
     * The best assignments found. {@code start} is a plan to begin from (the published one when re-planning; empty for
     * a fresh day); {@code canMake} says whether a worker may make a visit on the day.
     */
    public List<Assignment> solve(DayProblem problem, List<Assignment> start, BiPredicate<Worker, Visit> canMake) {
        Model model = new Model(problem, canMake, agreedStarts(problem, start));
        model.place(start);
        model.plan.setWeights(weights);
        RoutePlan best = factory.buildSolver().solve(model.plan);
        return model.assignments(best);
    }

    /** The day in the solver's terms, with the way back to ids. */
    private final class Model {

        final RoutePlan plan;
        final List<Worker> workers;
        final Map<UUID, Integer> routeOf = new HashMap<>();
        final Map<UUID, List<Stop>> stopsOf = new HashMap<>();

        Model(DayProblem problem, BiPredicate<Worker, Visit> canMake, Map<UUID, Integer> agreed) {
            workers = problem.workers();
            List<Location> places = new ArrayList<>();
            workers.forEach(w -> places.add(w.base()));
            problem.visits().forEach(v -> places.add(v.location()));
            TravelMatrix matrix = matrix(places);
            List<WorkerRoute> routes = new ArrayList<>();
            for (int i = 0; i < workers.size(); i++) {
                Worker w = workers.get(i);
                routeOf.put(w.id(), i);
                routes.add(new WorkerRoute(i, w.id(), i, seconds(w.shift().from()), seconds(w.shift().to()),
                        breaks(w), matrix));
            }
            List<Stop> stops = new ArrayList<>();
            for (int v = 0; v < problem.visits().size(); v++) {
                Visit visit = problem.visits().get(v);
                VisitFacts facts = facts(visit, workers.size() + v, canMake, agreed.getOrDefault(visit.id(), -1));
                List<Stop> parts = new ArrayList<>();
                for (int p = 0; p < visit.workersNeeded(); p++) {
                    parts.add(new Stop(facts, p));
                }
                if (parts.size() == 2) {
                    Stop.partners(parts.get(0), parts.get(1));
                }
                stopsOf.put(visit.id(), parts);
                stops.addAll(parts);
            }
            plan = new RoutePlan(routes, stops);
        }

        private VisitFacts facts(Visit visit, int place, BiPredicate<Worker, Visit> canMake, int agreed) {
            boolean[] qualified = new boolean[workers.size()];
            for (int i = 0; i < workers.size(); i++) {
                qualified[i] = canMake.test(workers.get(i), visit);
            }
            int preferred = visit.preferredWorker() == null ? -1 : routeOf.getOrDefault(visit.preferredWorker(), -1);
            int[] pinned = visit.pinned()
                    ? visit.pin().workers().stream().mapToInt(routeOf::get).toArray()
                    : null;
            int fixedStart = visit.pinned() ? seconds(visit.pin().start()) : agreed;
            return new VisitFacts(visit.id(), place, (int) visit.duration().toSeconds(),
                    seconds(visit.window().from()), seconds(visit.window().to()), qualified, preferred, pinned,
                    fixedStart);
        }

        /** Puts pinned stops on their workers and the given plan's stops where it had them, in time order. */
        void place(List<Assignment> start) {
            Map<Integer, List<Map.Entry<Integer, Stop>>> byRoute = new HashMap<>();
            Map<UUID, Integer> partsUsed = new HashMap<>();
            for (Assignment a : start) {
                List<Stop> parts = stopsOf.get(a.visitId());
                Integer route = routeOf.get(a.workerId());
                int part = partsUsed.merge(a.visitId(), 1, Integer::sum) - 1;
                if (parts != null && route != null && part < parts.size()) {
                    byRoute.computeIfAbsent(route, r -> new ArrayList<>())
                            .add(Map.entry(seconds(a.start()), parts.get(part)));
                }
            }
            for (List<Stop> parts : stopsOf.values()) {
                VisitFacts facts = parts.getFirst().visit();
                if (facts.pinned() && !partsUsed.containsKey(facts.visitId())) {
                    for (int p = 0; p < parts.size(); p++) {
                        byRoute.computeIfAbsent(facts.pinnedRoutes[p], r -> new ArrayList<>())
                                .add(Map.entry(facts.fixedStart, parts.get(p)));
                    }
                }
            }
            byRoute.forEach((route, entries) -> entries.stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> plan.routes().get(route).stops().add(e.getValue())));
        }

        List<Assignment> assignments(RoutePlan best) {
            List<Assignment> out = new ArrayList<>();
            for (WorkerRoute route : best.routes()) {
                for (Stop stop : route.stops()) {
                    if (stop.start() != null && !stop.inconsistent()) {
                        int start = stop.start();
                        out.add(new Assignment(stop.visit().visitId(), route.workerId(), time(start),
                                time(start + stop.visit().duration)));
                    }
                }
            }
            out.sort(Comparator.comparing(Assignment::workerId).thenComparing(Assignment::start));
            return out;
        }
    }

    /**
     * The time both workers of a double-up visit arrive: where the plan started from had it (the quick first plan, or
     * the published one), else when its window opens.
     */
    private static Map<UUID, Integer> agreedStarts(DayProblem problem, List<Assignment> start) {
        Map<UUID, Integer> agreed = new HashMap<>();
        for (Visit visit : problem.visits()) {
            if (!visit.doubleUp() || visit.pinned()) {
                continue;
            }
            int from = seconds(visit.window().from());
            int latest = seconds(visit.window().to()) - (int) visit.duration().toSeconds();
            int at = start.stream().filter(a -> a.visitId().equals(visit.id())).mapToInt(a -> seconds(a.start()))
                    .max().orElse(from);
            agreed.put(visit.id(), at < from || at > latest ? from : at);
        }
        return agreed;
    }

    private TravelMatrix matrix(List<Location> places) {
        int[][] seconds = new int[places.size()][places.size()];
        for (int i = 0; i < places.size(); i++) {
            for (int j = 0; j < places.size(); j++) {
                seconds[i][j] = i == j ? 0 : travel.seconds(places.get(i), places.get(j));
            }
        }
        return new TravelMatrix(seconds);
    }

    private static int[][] breaks(Worker worker) {
        return worker.breaks().stream().sorted(Comparator.comparing(TimeWindow::from))
                .map(b -> new int[]{seconds(b.from()), seconds(b.to())}).toArray(int[][]::new);
    }

    static int seconds(LocalTime t) {
        return t.toSecondOfDay();
    }

    /** A time of day; a time past midnight (never planned: no shift runs so late) is held at the day's last second. */
    static LocalTime time(int seconds) {
        return LocalTime.ofSecondOfDay(Math.min(seconds, 86_399));
    }
}
