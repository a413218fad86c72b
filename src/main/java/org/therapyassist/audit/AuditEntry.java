package org.therapyassist.audit;

import java.util.UUID;
import org.therapyassist.platform.CurrentUser;

/** One thing somebody did: who, to which patient (if any), what, and on which record. */
public record AuditEntry(CurrentUser actor, UUID patientId, String action, String entityType, UUID entityId,
        String detail) {

    public static AuditEntry of(CurrentUser actor, UUID patientId, String action) {
        return new AuditEntry(actor, patientId, action, null, null, null);
    }
}
