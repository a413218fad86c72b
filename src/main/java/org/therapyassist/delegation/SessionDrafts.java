package org.therapyassist.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A worker's session records not yet signed, for My day. Session records belong to the sessions module, which depends
 * on this one, so this small port is how My day asks (the sessions module implements it), as equipment asks through
 * {@code VisitRecords}.
 */
public interface SessionDrafts {

    record Draft(UUID sessionRecordId, UUID delegationId, LocalDate performedOn, Instant recordedAt) {
    }

    /** The author's unsigned records, oldest first. */
    List<Draft> draftsBy(UUID organisationId, UUID authorId);
}
