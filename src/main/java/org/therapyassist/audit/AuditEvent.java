package org.therapyassist.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit event as stored, for the audit trail page and API. */
public record AuditEvent(UUID id, Instant occurredAt, String actorUsername, String actorRole, UUID patientId,
        String action, String entityType, UUID entityId, String detail, int chainPartition, long seq) {
}
