package org.therapyassist.visits;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which visits are under way (a worker has said "Arrived"). Lone working records arrivals and depends on this module,
 * so it answers through this port; a re-plan keeps a started visit where it is.
 */
public interface VisitProgress {

    /** Of these visits, those a worker has arrived at. */
    Set<UUID> started(UUID organisationId, Collection<UUID> visitIds);
}
