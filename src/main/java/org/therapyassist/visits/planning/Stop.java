package org.therapyassist.visits.planning;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.NextElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowVariablesInconsistent;

/**
 * One worker's part of a visit: a single visit has one stop, a double-up visit two (partners). Times follow from the
 * route: a worker starts after the previous stop and the travel (pausing over breaks), no earlier than the window
 * opens and clear of breaks. Partners start at the time agreed for their visit (as a pinned visit does), so each
 * route's times depend on that route alone: the solver's shadow times then stay a simple chain per route, which
 * keeps moves fast, and a partner who cannot be there by then breaks a hard rule.
 */
@PlanningEntity
public class Stop {

    @PlanningId
    private String id;
    private VisitFacts visit;
    private int part;
    private Stop partner;

    @InverseRelationShadowVariable(sourceVariableName = "stops")
    private WorkerRoute route;
    @PreviousElementShadowVariable(sourceVariableName = "stops")
    private Stop previous;
    @NextElementShadowVariable(sourceVariableName = "stops")
    private Stop next;
    @ShadowVariable(supplierName = "startSupplier")
    private Integer start;
    @ShadowVariablesInconsistent
    private boolean inconsistent;

    public Stop() {
        // for Timefold's solution cloner
    }

    public Stop(VisitFacts visit, int part) {
        this.id = visit.visitId + "#" + part;
        this.visit = visit;
        this.part = part;
    }

    /** Makes two stops partners of one double-up visit. */
    public static void partners(Stop a, Stop b) {
        a.partner = b;
        b.partner = a;
    }

    @ShadowSources({"previous.start", "route"})
    public Integer startSupplier() {
        if (route == null) {
            return null;
        }
        int from = previous == null ? route.shiftStart() : previous.start + previous.visit.duration;
        int arrival = WorkingTime.afterTravel(from, route.travel().seconds(previousPlace(), visit.place),
                route.breaks());
        int earliest = Math.max(arrival, visit.fixed() ? visit.fixedStart : visit.earliestStart);
        return WorkingTime.startClearOfBreaks(earliest, visit.duration, route.breaks());
    }

    private int previousPlace() {
        return previous == null ? route.base() : previous.visit.place;
    }

    /** Seconds on the road to this stop, and home from it when it is the day's last. */
    long travelSeconds() {
        if (route == null) {
            return 0;
        }
        long seconds = route.travel().seconds(previousPlace(), visit.place);
        if (next == null) {
            seconds += route.travel().seconds(visit.place, route.base());
        }
        return seconds;
    }

    int end() {
        return start + visit.duration;
    }

    /** Seconds past the window's close, or 0. */
    int lateBy() {
        return start == null ? 0 : Math.max(0, end() - visit.latestEnd);
    }

    /** Seconds past the end of the shift to get home after the day's last stop, or 0. */
    int overtime() {
        if (next != null || start == null) {
            return 0;
        }
        int home = WorkingTime.afterTravel(end(), route.travel().seconds(visit.place, route.base()), route.breaks());
        return Math.max(0, home - route.shiftEnd());
    }

    boolean overBreak() {
        return start != null && WorkingTime.overBreak(start, end(), route.breaks());
    }

    boolean qualified() {
        return route == null || visit.qualified[route.index()];
    }

    /** Pinned, and not on its worker at its start. */
    boolean pinMoved() {
        return visit.pinned() && (route == null || route.index() != visit.pinnedRoutes[part] || start == null
                || start != visit.fixedStart);
    }

    /** A double-up part that cannot be there by the time agreed for both, so the partners would not arrive together. */
    boolean lateForPartner() {
        return partner != null && start != null && start != visit.fixedStart;
    }

    boolean withPreferredWorker() {
        return route != null && route.index() == visit.preferredRoute;
    }

    boolean hasPreferredWorker() {
        return visit.preferredRoute >= 0;
    }

    // Bean accessors for Timefold, which reads and writes annotated members through them.
    public String getId() {
        return id;
    }

    public WorkerRoute getRoute() {
        return route;
    }

    public void setRoute(WorkerRoute route) {
        this.route = route;
    }

    public Stop getPrevious() {
        return previous;
    }

    public void setPrevious(Stop previous) {
        this.previous = previous;
    }

    public Stop getNext() {
        return next;
    }

    public void setNext(Stop next) {
        this.next = next;
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    public boolean isInconsistent() {
        return inconsistent;
    }

    public void setInconsistent(boolean inconsistent) {
        this.inconsistent = inconsistent;
    }

    public Stop getPartner() {
        return partner;
    }

    public VisitFacts visit() {
        return visit;
    }

    public int part() {
        return part;
    }

    public Stop partner() {
        return partner;
    }

    public WorkerRoute route() {
        return route;
    }

    public Integer start() {
        return start;
    }

    public boolean inconsistent() {
        return inconsistent;
    }

    @Override
    public String toString() {
        return id;
    }
}
