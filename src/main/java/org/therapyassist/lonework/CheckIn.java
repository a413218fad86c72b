package org.therapyassist.lonework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.web.Messages;

/**
 * One worker's "Arrived" and "Left" on one visit: the expected time out is fixed when they arrive, as is who is told
 * if "Left" does not come. A second "Arrived" or "Left" changes nothing; "Left" before "Arrived" is refused.
 */
record CheckIn(UUID id, UUID organisationId, UUID visitId, UUID workerId, UUID teamId, UUID patientId,
        LocalDate visitDay, String taskName, String address, String postcode, UUID alertTo, Instant arrivedAt,
        Instant expectedOutAt, Instant leftAt) {

    boolean hasLeft() {
        return leftAt != null;
    }

    /** "Left" on a visit never arrived at: there is nothing to close, and the worker is told to tap "Arrived". */
    static ConflictException notArrived() {
        return new ConflictException("lonework.not-arrived", Messages.text("lonework.refusal.not-arrived"));
    }

    VisitCheck view(boolean helpOpen) {
        return new VisitCheck(visitId, workerId, arrivedAt, expectedOutAt, leftAt, helpOpen);
    }
}
