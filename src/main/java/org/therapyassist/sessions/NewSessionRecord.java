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
        @NotNull(message = "{sessions.refusal.delegation.blank}") UUID delegationId,
        @NotNull(message = "{sessions.refusal.performed-on.blank}") @PastOrPresent(message = "{sessions.refusal.performed-on.future}") LocalDate performedOn,
        List<@Valid Activity> activities,
        @NotBlank(message = "{sessions.refusal.response.blank}") @Size(max = 1000, message = "{sessions.refusal.response.size}") String patientResponse,
        @Min(value = 0, message = "{sessions.refusal.pain-before.range}") @Max(value = 10, message = "{sessions.refusal.pain-before.range}") Integer painBefore,
        @Min(value = 0, message = "{sessions.refusal.pain-after.range}") @Max(value = 10, message = "{sessions.refusal.pain-after.range}") Integer painAfter,
        @DecimalMin(value = "1.0", message = "{sessions.refusal.tug.range}") @DecimalMax(value = "300.0", message = "{sessions.refusal.tug.range}") BigDecimal tugSeconds,
        @Min(value = 0, message = "{sessions.refusal.chair-stands.range}") @Max(value = 60, message = "{sessions.refusal.chair-stands.range}") Integer chairStandCount,
        List<@Valid GoalUpdate> goalProgress,
        @Size(max = 4000, message = "{sessions.refusal.note.size}") String note,
        @Size(max = 2000, message = "{sessions.refusal.escalation.size}") String escalation,
        @Schema(description = "The passing before-session checklist of the day of the session (POST "
                + "/api/v1/delegations/{id}/pre-session-checks). Required when the delegation asks for observations "
                + "(422 record.pre-session-check-required); a checklist allows one record only.") UUID preSessionCheckId) {

    /** A session recorded without a before-session checklist (a task that asks for no observations). */
    public NewSessionRecord(UUID delegationId, LocalDate performedOn, List<Activity> activities,
            String patientResponse, Integer painBefore, Integer painAfter, BigDecimal tugSeconds,
            Integer chairStandCount, List<GoalUpdate> goalProgress, String note, String escalation) {
        this(delegationId, performedOn, activities, patientResponse, painBefore, painAfter, tugSeconds,
                chairStandCount, goalProgress, note, escalation, null);
    }

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
            @NotBlank(message = "{sessions.refusal.activity.blank}") @Size(max = 200, message = "{sessions.refusal.activity.size}") String activity,
            @Min(value = 0, message = "{sessions.refusal.sets.range}") @Max(value = 20, message = "{sessions.refusal.sets.range}") Integer setsDone,
            @Min(value = 0, message = "{sessions.refusal.reps.range}") @Max(value = 100, message = "{sessions.refusal.reps.range}") Integer repetitionsDone,
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
    public record GoalUpdate(@NotNull(message = "{sessions.refusal.goal.blank}") UUID goalId,
            @NotNull(message = "{sessions.refusal.progress.blank}") GoalProgress progress,
            @Size(max = 500, message = "{sessions.refusal.goal-note.size}") String note) {
    }
}
