package org.therapyassist.competence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A registered assessor's sign-off that a member of staff is competent in one statement, until it expires. Never
 * edited: a renewal supersedes it and a withdrawal revokes it with a reason.
 */
public record CompetencySignOff(UUID id, UUID staffId, String competencyCode, String competencyTitle, UUID assessorId,
        String assessorName, LocalDate signedOn, LocalDate expiresOn, String method, Instant revokedAt,
        String revokeReason) {

    public CompetencySignOff(UUID id, UUID staffId, String competencyCode, String competencyTitle, UUID assessorId,
            String assessorName, LocalDate signedOn, LocalDate expiresOn) {
        this(id, staffId, competencyCode, competencyTitle, assessorId, assessorName, signedOn, expiresOn, "OBSERVED",
                null, null);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** In date on the day, and not revoked: a revoked sign-off never counts again. */
    public boolean inDateOn(LocalDate day) {
        return !revoked() && !signedOn.isAfter(day) && !expiresOn.isBefore(day);
    }
}
