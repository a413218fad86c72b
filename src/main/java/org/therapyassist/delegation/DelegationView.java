package org.therapyassist.delegation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.therapyassist.patients.PatientSummary;

/** A delegation as shown to people and API clients, with names resolved. */
public record DelegationView(UUID id, PatientSummary patient, UUID episodeId, String location, String taskType,
        String taskTypeName, @Schema(allowableValues = {
                "LOW", "MEDIUM", "HIGH"}) String defaultRisk,
        @Schema(description = "The outcome measure the task records, if any") String measure, UUID delegatorId,
        String delegatorName, String delegatorRegistration, UUID workerId, String workerName, String instructions,
        @Schema(implementation = Frequency.class) String frequency, String frequencyTitle,
        @Schema(allowableValues = {"Morning", "Afternoon",
                "Any time"}, description = "The time of day, in words") String timeOfDay,
        LocalDate startsOn, LocalDate endsOn,
        String escalationCriteria, String patientRisks, @Schema(implementation = Enums.Consent.class) String consent,
        String consentNote, @Schema(implementation = Enums.Supervision.class) String supervision,
        String supervisionTitle,
        String contactInstructions, LocalDate reviewOn, @Schema(implementation = Enums.Status.class) String status,
        String statusTitle, @Schema(implementation = Enums.DeclineReason.class) String declineReason,
        String declineReasonTitle, String declineNote, Instant respondedAt, Instant createdAt, Instant closedAt,
        String closeNote, LocalDate lastSessionOn, int sessionsCount, boolean dueToday, boolean reviewDue,
        List<Evidence> evidence,
        @Schema(description = "Observations the worker takes before each session, with the registrant's limits") ObservationLimits observationLimits,
        int version) {

    /** Whether each session of this task needs a passing pre-session checklist with observations that day. */
    public boolean asksForObservations() {
        return observationLimits.asksAny();
    }

    /** The competency sign-off the delegation relied on, kept as it was at the time. */
    @Schema(name = "DelegationEvidence")
    public record Evidence(String competencyCode, UUID signOffId, LocalDate expiresOn,
            @Schema(description = "The competency's name, as in \"3.06 Hoist transfer with the correct sling\"") String competencyTitle) {
    }
}
