package org.therapyassist.competence;

import org.therapyassist.platform.Stage;

/**
 * One competency statement of the catalogue: coded {@code domain.item}, written in our own words, expected from a
 * stage of the framework onwards and valid for a number of months once signed off.
 */
public record Statement(String code, String title, int domain, String domainName, Stage expectedFrom,
        int validityMonths) {

    /** Whether someone at this stage is expected to hold it; stages above inherit what the stages below need. */
    public boolean expectedAt(Stage stage) {
        return stage.isAtLeast(expectedFrom);
    }
}
