package org.therapyassist.development;

import java.time.LocalDate;
import java.util.UUID;

/** A supervision session was recorded for a member of staff. */
public record SupervisionRecorded(UUID organisationId, UUID staffId, UUID sessionId, LocalDate heldOn,
        UUID supervisorId,
        String supervisorName) {
}
