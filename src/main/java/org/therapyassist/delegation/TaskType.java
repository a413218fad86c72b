package org.therapyassist.delegation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import org.therapyassist.platform.Stage;

/** A kind of task that can be delegated, with the lowest stage allowed and the competencies it needs. */
public record TaskType(String code, String name, @Schema(allowableValues = {
        "PT", "OT", "BOTH"}) String profession,
        Stage minimumStage, @Schema(allowableValues = {"LOW", "MEDIUM", "HIGH"}) String defaultRisk,
        @Schema(description = "The outcome measure the task records, if any") String measure,
        Set<String> requiredCompetencies) {

    public TaskType {
        requiredCompetencies = Set.copyOf(requiredCompetencies);
    }
}
