package org.therapyassist.patients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a worklist shows of a patient: enough to identify them safely (name, NHS number, date of birth) and the alerts.
 */
public record PatientSummary(UUID id, String nhsNumber, String name, LocalDate dateOfBirth, String address,
        String postcode, List<String> alerts) {
}
