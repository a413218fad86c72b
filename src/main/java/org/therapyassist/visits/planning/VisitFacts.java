package org.therapyassist.visits.planning;

import java.util.UUID;

/**
 * What the solver needs to know of one visit, in the solver's units (seconds since midnight, indices into the route
 * list and the travel matrix). Shared by the visit's stop(s) and never changed while solving.
 */
public final class VisitFacts {

    final UUID visitId;
    final int place;
    final int duration;
    final int earliestStart;
    final int latestEnd;
    /** By route index: whether that worker holds every competency in date on the day and the stage. */
    final boolean[] qualified;
    /** Route index of the worker the patient knows, or -1. */
    final int preferredRoute;
    /** Route index per part, or null when not pinned. */
    final int[] pinnedRoutes;
    /** The start a pinned or double-up visit keeps (both partners arrive then), or -1. */
    final int fixedStart;

    public VisitFacts(UUID visitId, int place, int duration, int earliestStart, int latestEnd, boolean[] qualified,
            int preferredRoute, int[] pinnedRoutes, int fixedStart) {
        this.visitId = visitId;
        this.place = place;
        this.duration = duration;
        this.earliestStart = earliestStart;
        this.latestEnd = latestEnd;
        this.qualified = qualified.clone();
        this.preferredRoute = preferredRoute;
        this.pinnedRoutes = pinnedRoutes == null ? null : pinnedRoutes.clone();
        this.fixedStart = fixedStart;
    }

    public UUID visitId() {
        return visitId;
    }

    boolean pinned() {
        return pinnedRoutes != null;
    }

    boolean fixed() {
        return fixedStart >= 0;
    }

    @Override
    public String toString() {
        return visitId.toString();
    }
}
