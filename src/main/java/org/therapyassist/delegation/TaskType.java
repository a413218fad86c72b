package org.therapyassist.delegation;

import java.util.Set;
import org.therapyassist.platform.Stage;

/** A kind of task that can be delegated, with the lowest stage allowed and the competencies it needs. */
public record TaskType(String code, String name, String profession, Stage minimumStage, String defaultRisk,
        String measure, Set<String> requiredCompetencies) {

    public TaskType {
        requiredCompetencies = Set.copyOf(requiredCompetencies);
    }
}
