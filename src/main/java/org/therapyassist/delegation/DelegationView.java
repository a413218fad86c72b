package org.therapyassist.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.therapyassist.patients.PatientSummary;

/** A delegation as shown to people and API clients, with names resolved. */
public record DelegationView(UUID id, PatientSummary patient, UUID episodeId, String location, String taskType,
        String taskTypeName, String defaultRisk, String measure, UUID delegatorId, String delegatorName,
        String delegatorRegistration, UUID workerId, String workerName, String instructions, String frequency,
        String frequencyTitle, String timeOfDay, LocalDate startsOn, LocalDate endsOn, String escalationCriteria,
        String patientRisks, String consent, String consentNote, String supervision, String supervisionTitle,
        String contactInstructions, LocalDate reviewOn, String status, String statusTitle, String declineReason,
        String declineReasonTitle, String declineNote, Instant respondedAt, Instant createdAt, Instant closedAt,
        String closeNote, LocalDate lastSessionOn, int sessionsCount, boolean dueToday, boolean reviewDue,
        List<Evidence> evidence, int version) {

    /** The competency sign-off the delegation relied on, kept as it was at the time. */
    public record Evidence(String competencyCode, UUID signOffId, LocalDate expiresOn) {
    }
}
