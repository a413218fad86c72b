package org.therapyassist.delegation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Whether a published home visit sends a worker to do a delegation's task on a day. A community team plans visits
 * across its workers, so the worker who makes a visit may be a competent colleague of the one the task was delegated
 * to; the visits module (which depends on this one) implements this port so the delegation can accept that worker's
 * record, as My day asks the sessions module through {@link SessionDrafts}.
 */
public interface VisitCover {

    /** True when a published visit for the delegation on the day names the worker. */
    boolean covers(UUID organisationId, UUID delegationId, UUID workerId, LocalDate day);
}
