package org.therapyassist.workforce;

import java.time.LocalDate;
import java.util.UUID;

/** A registered assessor's sign-off that a member of staff is competent in one statement, until it expires. */
public record CompetencySignOff(UUID id, UUID staffId, String competencyCode, String competencyTitle, UUID assessorId,
        String assessorName, LocalDate signedOn, LocalDate expiresOn) {

    public boolean inDateOn(LocalDate day) {
        return !signedOn.isAfter(day) && !expiresOn.isBefore(day);
    }
}
