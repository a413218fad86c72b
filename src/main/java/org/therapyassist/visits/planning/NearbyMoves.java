package org.therapyassist.visits.planning;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Moves that put a stop next to one of the stops nearest to it (by travel time): after it, before it, or in its place
 * (a swap), on whichever worker has it; a stop not yet planned goes in next to a near one. The search's own list moves
 * pick where to put a stop at random among every position of every route, so most of them try a far-off place; these
 * try only the places worth trying, which is what Timefold's nearby selection does (in its Enterprise edition only).
 * The search mixes them with its own moves.
 */
public final class NearbyMoves implements MoveIteratorFactory<RoutePlan, Move<RoutePlan>> {

    /** How many of the nearest stops each stop may be put next to. */
    static final int NEAR = 16;

    /** The nearest stops worked out for one plan (a solver's working copy), kept while that plan is searched. */
    private record Near(RoutePlan plan, Stop[][] stops) {
    }

    private volatile Near near;

    @Override
    public long getSize(ScoreDirector<RoutePlan> scoreDirector) {
        return (long) scoreDirector.getWorkingSolution().stops().size() * NEAR * 3;
    }

    @Override
    public Iterator<Move<RoutePlan>> createOriginalMoveIterator(ScoreDirector<RoutePlan> scoreDirector) {
        throw new UnsupportedOperationException("Nearby moves are only drawn at random");
    }

    @Override
    public Iterator<Move<RoutePlan>> createRandomMoveIterator(ScoreDirector<RoutePlan> scoreDirector,
            RandomGenerator random) {
        RoutePlan working = scoreDirector.getWorkingSolution();
        Near known = near;
        if (known == null || known.plan() != working) {
            known = new Near(working, nearest(working));
            near = known;
        }
        List<Stop> stops = working.stops();
        Stop[][] neighbours = known.stops();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !stops.isEmpty() && neighbours[0].length > 0;
            }

            @Override
            public Move<RoutePlan> next() {
                while (true) {
                    int i = random.nextInt(stops.size());
                    Move<RoutePlan> move = moveNear(stops.get(i), neighbours[i][random.nextInt(neighbours[i].length)],
                            random.nextInt(3));
                    if (move != null) {
                        return move;
                    }
                }
            }
        };
    }

    /** For every stop (by its place in the plan's list), the stops nearest it, nearest first; never its partner. */
    static Stop[][] nearest(RoutePlan plan) {
        List<Stop> stops = plan.stops();
        Stop[][] out = new Stop[stops.size()][];
        if (plan.routes().isEmpty()) {
            Arrays.setAll(out, i -> new Stop[0]);
            return out;
        }
        TravelMatrix travel = plan.routes().getFirst().travel();
        for (int i = 0; i < stops.size(); i++) {
            Stop from = stops.get(i);
            out[i] = IntStream.range(0, stops.size()).mapToObj(stops::get)
                    .filter(s -> s != from && s != from.partner())
                    .sorted(Comparator.comparingInt((Stop s) -> travel.seconds(from.visit().place, s.visit().place)))
                    .limit(NEAR).toArray(Stop[]::new);
        }
        return out;
    }

    /**
     * {@code kind} 0: right after {@code other}; 1: right before it; 2: swap places with it. Null when it would do
     * nothing.
     */
    static Move<RoutePlan> moveNear(Stop stop, Stop other, int kind) {
        WorkerRoute to = other.route();
        if (to == null) {
            return null;
        }
        int otherAt = to.stops().indexOf(other);
        WorkerRoute from = stop.route();
        if (from == null) {
            return kind == 2 ? null : new Assign(stop, to, kind == 0 ? otherAt + 1 : otherAt);
        }
        int stopAt = from.stops().indexOf(stop);
        if (kind == 2) {
            return new Swap(from, stopAt, to, otherAt);
        }
        int target = kind == 0 ? otherAt + 1 : otherAt;
        if (from == to && stopAt < otherAt) {
            target--; // the stop leaves a gap before the other one
        }
        if (from == to && target == stopAt) {
            return null;
        }
        return new Change(from, stopAt, to, target);
    }

    private static PlanningListVariableMetaModel<RoutePlan, WorkerRoute, Stop> stops(
            MutableSolutionView<RoutePlan> view) {
        return view.getSolutionMetaModel().genuineEntity(WorkerRoute.class).listVariable("stops", Stop.class);
    }

    private record Change(WorkerRoute from, int fromIndex, WorkerRoute to, int toIndex) implements Move<RoutePlan> {

        @Override
        public void execute(MutableSolutionView<RoutePlan> view) {
            Moves.change(stops(view), from, fromIndex, to, toIndex).execute(view);
        }
    }

    private record Swap(WorkerRoute left, int leftIndex, WorkerRoute right, int rightIndex)
            implements
                Move<RoutePlan> {

        @Override
        public void execute(MutableSolutionView<RoutePlan> view) {
            Moves.swap(stops(view), left, leftIndex, right, rightIndex).execute(view);
        }
    }

    private record Assign(Stop stop, WorkerRoute to, int index) implements Move<RoutePlan> {

        @Override
        public void execute(MutableSolutionView<RoutePlan> view) {
            Moves.assign(stops(view), stop, to, index).execute(view);
        }
    }
}
