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
        @NotNull(message = "{sessions.refusal.version.blank}") Integer version,
        List<NewSessionRecord.@Valid Activity> activities,
        @NotBlank(message = "{sessions.refusal.response.blank}") @Size(max = 1000, message = "{sessions.refusal.response.size}") String patientResponse,
        @Min(value = 0, message = "{sessions.refusal.pain-before.range}") @Max(value = 10, message = "{sessions.refusal.pain-before.range}") Integer painBefore,
        @Min(value = 0, message = "{sessions.refusal.pain-after.range}") @Max(value = 10, message = "{sessions.refusal.pain-after.range}") Integer painAfter,
        @DecimalMin(value = "1.0", message = "{sessions.refusal.tug.range}") @DecimalMax(value = "300.0", message = "{sessions.refusal.tug.range}") BigDecimal tugSeconds,
        @Min(value = 0, message = "{sessions.refusal.chair-stands.range}") @Max(value = 60, message = "{sessions.refusal.chair-stands.range}") Integer chairStandCount,
        List<NewSessionRecord.@Valid GoalUpdate> goalProgress,
        @Size(max = 4000, message = "{sessions.refusal.note.size}") String note) {

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
