package org.therapyassist.competence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A competency was signed off for a member of staff. Published in the transaction that recorded it; {@code superseded}
 * are the earlier sign-offs of the same competency this one renews (their expiry reminders are answered).
 */
public record SignOffRecorded(UUID organisationId, UUID staffId, String competencyCode, UUID signOffId,
        List<UUID> superseded, LocalDate signedOn, UUID assessorId, String assessorName) {

    public SignOffRecorded {
        superseded = List.copyOf(superseded);
    }
}
