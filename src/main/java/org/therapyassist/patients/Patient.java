package org.therapyassist.patients;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A patient as shown to staff who are allowed to see them. */
public record Patient(UUID id, UUID organisationId, NhsNumber nhsNumber, String givenName, String familyName,
        LocalDate dateOfBirth, String address, String postcode, String phone, List<PatientAlert> alerts) {

    public String displayName() {
        // NHS convention on clinical lists: FAMILY name first, in capitals.
        return familyName.toUpperCase(Locale.UK) + ", " + givenName;
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    public PatientSummary summary() {
        return new PatientSummary(id, nhsNumber.formatted(), displayName(), dateOfBirth, address, postcode,
                alerts.stream().map(PatientAlert::title).toList());
    }
}
