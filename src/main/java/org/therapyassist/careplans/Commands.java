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
            @NotBlank(message = "{careplans.validation.reason.blank}") @Size(max = 1000, message = "{careplans.validation.reason.size}") String referralReason,
            @NotNull(message = "{careplans.validation.category.blank}") ConditionCategory category,
            @NotNull(message = "{careplans.validation.setting.blank}") CareSetting setting,
            @NotBlank(message = "{careplans.validation.location.blank}") @Size(max = 200, message = "{careplans.validation.location.size}") String location,
            @NotNull(message = "{careplans.validation.team.blank}") UUID teamId,
            UUID leadTherapistId) {
    }

    public record AddGoal(
            @NotBlank(message = "{careplans.validation.description.blank}") @Size(max = 500, message = "{careplans.validation.description.size}") String description,
            @NotNull(message = "{careplans.validation.target.blank}") LocalDate targetDate) {
    }

    public record AddProgrammeItem(
            @NotBlank(message = "{careplans.validation.activity.blank}") @Size(max = 200, message = "{careplans.validation.activity.size}") String activity,
            @Min(value = 1, message = "{careplans.validation.sets.range}") @Max(value = 20, message = "{careplans.validation.sets.range}") Integer sets,
            @Min(value = 1, message = "{careplans.validation.repetitions.range}") @Max(value = 100, message = "{careplans.validation.repetitions.range}") Integer repetitions,
            @NotBlank(message = "{careplans.validation.frequency.blank}") @Size(max = 100, message = "{careplans.validation.frequency.size}") String frequency,
            @Size(max = 500, message = "{careplans.validation.progression-limits.size}") String progressionLimits) {
    }
}
