package org.therapyassist.careplans;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Requests that change a care plan; validated field by field at the edge, across fields in {@link CarePlans}. */
public final class Commands {

    private Commands() {
    }

    public record OpenEpisode(
            @NotBlank(message = "Enter the reason for referral") @Size(max = 1000, message = "Reason must be 1000 characters or fewer") String referralReason,
            @NotNull(message = "Choose the condition category") ConditionCategory category,
            @NotNull(message = "Choose the setting") CareSetting setting,
            @NotBlank(message = "Enter where the patient is seen, for example a ward and bed or their home") @Size(max = 200, message = "Location must be 200 characters or fewer") String location,
            @NotNull(message = "Choose the team") UUID teamId,
            UUID leadTherapistId) {
    }

    public record AddGoal(
            @NotBlank(message = "Enter the goal, in the patient's words where possible") @Size(max = 500, message = "Goal must be 500 characters or fewer") String description,
            @NotNull(message = "Enter the target date") LocalDate targetDate) {
    }

    public record AddProgrammeItem(
            @NotBlank(message = "Enter the exercise or activity") @Size(max = 200, message = "Activity must be 200 characters or fewer") String activity,
            @Min(value = 1, message = "Sets must be between 1 and 20") @Max(value = 20, message = "Sets must be between 1 and 20") Integer sets,
            @Min(value = 1, message = "Repetitions must be between 1 and 100") @Max(value = 100, message = "Repetitions must be between 1 and 100") Integer repetitions,
            @NotBlank(message = "Enter how often, for example twice a day") @Size(max = 100, message = "Frequency must be 100 characters or fewer") String frequency,
            @Size(max = 500, message = "Progression limits must be 500 characters or fewer") String progressionLimits) {
    }
}
