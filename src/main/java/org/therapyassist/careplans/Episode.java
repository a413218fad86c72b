package org.therapyassist.careplans;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An episode of care with its goals and programme. */
public record Episode(UUID id, UUID patientId, UUID teamId, String teamName, UUID leadTherapistId,
        String leadTherapistName, String referralReason, ConditionCategory category, CareSetting setting,
        String location, @Schema(allowableValues = {
                "OPEN", "CLOSED"}) String status,
        LocalDate openedOn, LocalDate closedOn, List<Goal> goals,
        List<ProgrammeItem> programme) {

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    @Schema(name = "EpisodeGoal")
    public record Goal(UUID id, String description, LocalDate targetDate,
            @Schema(allowableValues = "ACTIVE") String status) {
    }

    /** One exercise or activity: the dose, and the limits within which a support worker may progress it. */
    public record ProgrammeItem(UUID id, int position, String activity, Integer sets, Integer repetitions,
            Integer holdSeconds, String frequency, String progressionLimits) {

        public String dose() {
            return DoseWording.describe(sets, repetitions, holdSeconds, frequency);
        }
    }
}
