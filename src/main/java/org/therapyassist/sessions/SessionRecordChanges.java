package org.therapyassist.sessions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A draft session record as its author changes it before signing. The delegation and the day stay as recorded (the
 * delegation's schedule counted that visit); an escalation already went to the delegator and is raised again with
 * "Stop and contact". {@code version} is the one the author read: if the record changed since, the change is refused.
 */
public record SessionRecordChanges(
        @NotNull(message = "Reload the record and make the change again") Integer version,
        List<NewSessionRecord.@Valid Activity> activities,
        @NotBlank(message = "Enter how the patient responded") @Size(max = 1000, message = "Patient response must be 1000 characters or fewer") String patientResponse,
        @Min(value = 0, message = "Pain before must be between 0 and 10") @Max(value = 10, message = "Pain before must be between 0 and 10") Integer painBefore,
        @Min(value = 0, message = "Pain after must be between 0 and 10") @Max(value = 10, message = "Pain after must be between 0 and 10") Integer painAfter,
        @DecimalMin(value = "1.0", message = "TUG time must be between 1 and 300 seconds") @DecimalMax(value = "300.0", message = "TUG time must be between 1 and 300 seconds") BigDecimal tugSeconds,
        @Min(value = 0, message = "Chair stands must be between 0 and 60") @Max(value = 60, message = "Chair stands must be between 0 and 60") Integer chairStandCount,
        List<NewSessionRecord.@Valid GoalUpdate> goalProgress,
        @Size(max = 4000, message = "Note must be 4000 characters or fewer") String note) {

    public SessionRecordChanges {
        activities = activities == null
                ? List.of()
                : activities.stream()
                        .filter(a -> a != null && a.activity() != null && !a.activity().isBlank()).toList();
        goalProgress = goalProgress == null
                ? List.of()
                : goalProgress.stream()
                        .filter(g -> g != null && g.goalId() != null && g.progress() != null).toList();
    }
}
