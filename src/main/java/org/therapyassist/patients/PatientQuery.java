package org.therapyassist.patients;

import java.time.LocalDate;

/**
 * What another system searches patients by (the FHIR server): an exact NHS number, name parts as prefixes (any part,
 * family, given; case ignored) and a range of birth dates (either end may be open). Null means "not searched by".
 */
public record PatientQuery(NhsNumber nhsNumber, String name, String family, String given, LocalDate bornFrom,
        LocalDate bornTo) {

    /** True when nothing narrows the search: such a search is refused rather than listing the organisation. */
    public boolean isEmpty() {
        return nhsNumber == null && blank(name) && blank(family) && blank(given) && bornFrom == null && bornTo == null;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
