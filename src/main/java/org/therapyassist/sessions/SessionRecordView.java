package org.therapyassist.sessions;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.therapyassist.patients.PatientSummary;

/**
 * A session record with names resolved, as the pages and the API show it: with the delegation's "stop and contact"
 * criteria the worker had in front of them, and the concerns raised with this record and their replies.
 */
public record SessionRecordView(UUID id, UUID delegationId, String taskTypeName, PatientSummary patient,
        UUID authorId, String authorName, int authorBand, UUID reviewerId, String reviewerName, LocalDate performedOn,
        Instant recordedAt, String patientResponse, Integer painBefore, Integer painAfter, BigDecimal tugSeconds,
        Integer chairStandCount, String note, @Schema(implementation = SessionRecord.Status.class) String status,
        boolean requiresCountersign, Instant signedAt,
        boolean awaitingCountersign, List<NewSessionRecord.Activity> activities, List<GoalLine> goalProgress,
        Countersign countersignature, List<AmendmentLine> amendments, int version, String stopCriteria,
        List<Escalation> escalations,
        @Schema(description = "The before-session checklist that let this session go ahead (GET "
                + "/api/v1/pre-session-checks/{id}); none when recorded without one") UUID preSessionCheckId) {

    @Schema(name = "SessionGoalLine")
    public record GoalLine(UUID goalId, String goal, @Schema(implementation = GoalProgress.class) String progress,
            String progressTitle, String note) {
    }

    @Schema(name = "Countersignature")
    public record Countersign(UUID by, String byName, Instant at, String note) {
    }

    @Schema(name = "SessionRecordAmendment")
    public record AmendmentLine(UUID id, String authorName, Instant createdAt, String reason, String text) {
    }

    public boolean signed() {
        return "SIGNED".equals(status);
    }
}
