package org.therapyassist.visits.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;

/** The solver's view of a day: every worker's route and every stop to place. */
@PlanningSolution
public class RoutePlan {

    @PlanningEntityCollectionProperty
    private List<WorkerRoute> routes;

    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<Stop> stops;

    /** The weights of the soft aims, when a planner sets them other than the constraints' own. */
    private ConstraintWeightOverrides<HardMediumSoftScore> weights = ConstraintWeightOverrides.none();

    @PlanningScore
    private HardMediumSoftScore score;

    public RoutePlan() {
        // for Timefold's solution cloner
    }

    public RoutePlan(List<WorkerRoute> routes, List<Stop> stops) {
        this.routes = routes;
        this.stops = stops;
    }

    // Bean accessors for Timefold, which reads and writes annotated members through them.
    public List<WorkerRoute> getRoutes() {
        return routes;
    }

    public List<Stop> getStops() {
        return stops;
    }

    public ConstraintWeightOverrides<HardMediumSoftScore> getWeights() {
        return weights;
    }

    public void setWeights(ConstraintWeightOverrides<HardMediumSoftScore> weights) {
        this.weights = weights;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }

    public List<WorkerRoute> routes() {
        return routes;
    }

    public List<Stop> stops() {
        return stops;
    }

    public HardMediumSoftScore score() {
        return score;
    }
}
