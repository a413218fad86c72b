package org.therapyassist.patients.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.therapyassist.patients.NhsNumber;
import org.therapyassist.platform.imports.Outcome;
import org.therapyassist.platform.web.Formats;
import org.therapyassist.platform.web.Messages;

/**
 * What an import does with a row, given the patient (if any) the organisation already holds under its NHS number.
 * The rules, each named after the hazard it prevents:
 * <ul>
 * <li>H74: a patient is matched on NHS number alone. The same NHS number with a different date of birth is refused,
 * never taken as the same person and never overwritten: a mistyped number that still passes Modulus 11 must not merge
 * two people.</li>
 * <li>H76: details are never replaced by an older extract. A patient's details are as of the extract that last set
 * them (or the day they were added in Therapy Assist); an extract taken before that leaves them as they are and says
 * so.</li>
 * <li>A blank phone number in the file never clears one the record holds.</li>
 * </ul>
 */
final class PatientMatch {

    /** A patient the organisation holds: the fields an import compares and may change. */
    record Held(UUID id, String givenName, String familyName, LocalDate dateOfBirth, String address,
            String postcode, String phone, LocalDate detailsAsOf) {
    }

    record Decision(Outcome outcome, List<String> reasons) {
    }

    private PatientMatch() {
    }

    static Decision decide(PatientRow row, Held held, LocalDate extractedOn) {
        if (row.refused()) {
            return new Decision(Outcome.REFUSED, row.refusals());
        }
        if (held == null) {
            return new Decision(Outcome.ADDED, List.of());
        }
        if (!held.dateOfBirth().equals(row.dateOfBirth())) {
            return new Decision(Outcome.REFUSED, List.of(Messages.text("patients.import.row.other-birth",
                    NhsNumber.of(row.nhsNumber()).formatted(), Formats.day(held.dateOfBirth()),
                    Formats.day(row.dateOfBirth()))));
        }
        if (same(row, held)) {
            return new Decision(Outcome.UNCHANGED, List.of());
        }
        if (held.detailsAsOf() != null && extractedOn.isBefore(held.detailsAsOf())) {
            return new Decision(Outcome.UNCHANGED, List.of(Messages.text("patients.import.row.newer",
                    Formats.day(held.detailsAsOf()), Formats.day(extractedOn))));
        }
        return new Decision(Outcome.UPDATED, List.of());
    }

    static boolean same(PatientRow row, Held held) {
        return row.givenName().equals(held.givenName()) && row.familyName().equals(held.familyName())
                && row.address().equals(held.address()) && row.postcode().equals(held.postcode())
                && (row.phone() == null || Objects.equals(row.phone(), held.phone()));
    }
}
