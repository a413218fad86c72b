package org.therapyassist.staff;

import java.util.Optional;
import java.util.UUID;
import org.therapyassist.platform.Stage;

/** A member of staff as other modules see them. */
public record StaffMember(UUID id, UUID organisationId, UUID teamId, String teamName, String givenName,
        String familyName, JobRole jobRole, int band, String hcpcNumber, String phone) {

    public String displayName() {
        return givenName + " " + familyName;
    }

    public Optional<Stage> stage() {
        return jobRole.stage();
    }

    /** Registered and holding an HCPC number of the right form; only such a person may delegate. */
    public boolean isRegistrant() {
        return jobRole.registered() && validHcpcNumber(hcpcNumber);
    }

    /**
     * An HCPC registration number of a physiotherapist (PH) or occupational therapist (OT): two letters, six digits.
     */
    public static boolean validHcpcNumber(String number) {
        return number != null && number.matches("(PH|OT)\\d{6}");
    }
}
