package org.therapyassist.sessions;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.therapyassist.patients.PatientSummary;

/** A "stop and contact" from a support worker to the registrant who delegated the task. */
public record Escalation(UUID id, UUID delegationId, UUID sessionRecordId, PatientSummary patient, UUID raisedBy,
        String raisedByName, UUID raisedTo, String raisedToName, String concern, Instant raisedAt,
        @Schema(allowableValues = {
                "OPEN", "ANSWERED"}) String status,
        String reply, String repliedByName, Instant repliedAt, String taskTypeName) {

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
