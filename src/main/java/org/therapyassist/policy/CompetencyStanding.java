package org.therapyassist.policy;

import java.time.LocalDate;
import java.util.Collection;
import org.therapyassist.platform.CurrentUser;

/** Where the guard learns whether someone holds competencies in date. Implemented by the workforce module. */
public interface CompetencyStanding {

    Standing.CompetencyStatus status(CurrentUser user, Collection<String> codes, LocalDate on);
}
