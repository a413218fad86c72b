package org.therapyassist.policy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.therapyassist.platform.Stage;

/**
 * Facts about the person acting that a {@link Need} may ask for. The guard asks only for what a need names, so a
 * command open to every registrant costs no lookup at all.
 */
public interface Standing {

    /** Whether the person holds a named duty (equipment lead, Care Certificate assessor). */
    boolean holds(Need.Who designation);

    /** Which of these competencies the person holds in date today, and which are missing or lapsed. */
    CompetencyStatus competencies(Collection<String> codes);

    /** The stage and competencies a task type needs, from the task catalogue. */
    Optional<TaskRequirement> task(String taskCode);

    record TaskRequirement(String code, String name, Stage minimumStage, Set<String> competencies) {
    }

    /**
     * @param names
     *            each asked-for code's statement, for messages
     * @param missing
     *            codes never signed off (or withdrawn)
     * @param expired
     *            codes whose latest sign-off has lapsed, with the date it lapsed
     */
    record CompetencyStatus(Map<String, String> names, Set<String> missing, Map<String, LocalDate> expired) {

        public boolean passes() {
            return missing.isEmpty() && expired.isEmpty();
        }
    }
}
