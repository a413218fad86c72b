package org.therapyassist.visits.planning;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One worker's day: the stops they make, in order, from their base and back within their shift. */
@PlanningEntity
public class WorkerRoute {

    @PlanningId
    private Integer index;
    private UUID workerId;
    private int base;
    private int shiftStart;
    private int shiftEnd;
    private int[][] breaks;
    private TravelMatrix travel;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<Stop> stops = new ArrayList<>();

    public WorkerRoute() {
        // for Timefold's solution cloner
    }

    public WorkerRoute(int index, UUID workerId, int base, int shiftStart, int shiftEnd, int[][] breaks,
            TravelMatrix travel) {
        this.index = index;
        this.workerId = workerId;
        this.base = base;
        this.shiftStart = shiftStart;
        this.shiftEnd = shiftEnd;
        this.breaks = breaks;
        this.travel = travel;
    }

    // Bean accessors for Timefold, which reads and writes annotated members through them.
    public Integer getIndex() {
        return index;
    }

    public List<Stop> getStops() {
        return stops;
    }

    public void setStops(List<Stop> stops) {
        this.stops = stops;
    }

    public int index() {
        return index;
    }

    public UUID workerId() {
        return workerId;
    }

    public List<Stop> stops() {
        return stops;
    }

    /** Per mille of the shift spent at visits: every worker counts, those with none too. */
    long shareOfShift() {
        long visiting = 0;
        for (Stop stop : stops) {
            visiting += stop.visit().duration;
        }
        return visiting * 1000 / Math.max(1, shiftEnd - shiftStart);
    }

    int base() {
        return base;
    }

    int shiftStart() {
        return shiftStart;
    }

    int shiftEnd() {
        return shiftEnd;
    }

    int[][] breaks() {
        return breaks;
    }

    TravelMatrix travel() {
        return travel;
    }

    @Override
    public String toString() {
        return "route " + index;
    }
}
