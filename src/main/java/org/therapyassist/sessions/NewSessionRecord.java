package org.therapyassist.sessions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A session as the support worker records it. An escalation, if given, goes to the delegator at once. */
public record NewSessionRecord(
        @NotNull(message = "Choose the delegation this session was for") UUID delegationId,
        @NotNull(message = "Enter the date of the session") @PastOrPresent(message = "The session date cannot be in the future") LocalDate performedOn,
        List<@Valid Activity> activities,
        @NotBlank(message = "Enter how the patient responded") @Size(max = 1000, message = "Patient response must be 1000 characters or fewer") String patientResponse,
        @Min(value = 0, message = "Pain before must be between 0 and 10") @Max(value = 10, message = "Pain before must be between 0 and 10") Integer painBefore,
        @Min(value = 0, message = "Pain after must be between 0 and 10") @Max(value = 10, message = "Pain after must be between 0 and 10") Integer painAfter,
        @DecimalMin(value = "1.0", message = "TUG time must be between 1 and 300 seconds") @DecimalMax(value = "300.0", message = "TUG time must be between 1 and 300 seconds") BigDecimal tugSeconds,
        @Min(value = 0, message = "Chair stands must be between 0 and 60") @Max(value = 60, message = "Chair stands must be between 0 and 60") Integer chairStandCount,
        List<@Valid GoalUpdate> goalProgress,
        @Size(max = 4000, message = "Note must be 4000 characters or fewer") String note,
        @Size(max = 2000, message = "Escalation must be 2000 characters or fewer") String escalation) {

    public NewSessionRecord {
        activities = activities == null
                ? List.of()
                : activities.stream().filter(a -> a != null && a.activity() != null && !a.activity().isBlank())
                        .toList();
        goalProgress = goalProgress == null
                ? List.of()
                : goalProgress.stream().filter(g -> g != null && g.goalId() != null && g.progress() != null).toList();
    }

    @Schema(name = "SessionActivity")
    public record Activity(
            @NotBlank(message = "Enter the activity") @Size(max = 200, message = "Activity must be 200 characters or fewer") String activity,
            @Min(value = 0, message = "Sets must be between 0 and 20") @Max(value = 20, message = "Sets must be between 0 and 20") Integer setsDone,
            @Min(value = 0, message = "Repetitions must be between 0 and 100") @Max(value = 100, message = "Repetitions must be between 0 and 100") Integer repetitionsDone,
            UUID programmeItemId, Boolean done, String prescribed) {

        /** A free-text activity, not from the programme. */
        public Activity(String activity, Integer setsDone, Integer repetitionsDone) {
            this(activity, setsDone, repetitionsDone, null, null, null);
        }

        /** Whether this line is an item of the prescribed programme (ticked done or not). */
        public boolean fromProgramme() {
            return programmeItemId != null;
        }
    }

    @Schema(name = "SessionGoalUpdate")
    public record GoalUpdate(@NotNull(message = "Choose the goal") UUID goalId,
            @NotNull(message = "Choose the progress") GoalProgress progress,
            @Size(max = 500, message = "Goal note must be 500 characters or fewer") String note) {
    }
}
