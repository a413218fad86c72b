package org.therapyassist.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.audit.AuditEvent;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.audit.ChainVerification;
import org.therapyassist.platform.CurrentUser;

@RestController
@Tag(name = "Audit", description = "Team leads: who viewed or changed a patient's record; chain verification")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "The audit trail for a patient, newest first")
    List<AuditEvent> forPatient(CurrentUser me, @RequestParam UUID patientId) {
        return trail.trailFor(me, patientId, 500);
    }

    @GetMapping("/api/v1/audit/verify")
    @Operation(summary = "Walk every hash chain of the organisation and report altered or missing events")
    ChainVerification verify(CurrentUser me) {
        return trail.verify(me.organisationId());
    }
}
