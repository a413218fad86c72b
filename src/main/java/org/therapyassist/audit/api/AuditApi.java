package org.therapyassist.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.audit.AuditEvent;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.audit.ChainVerification;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PagedResponses;

@RestController
@Tag(name = "Audit", description = "Team leads: who viewed or changed a patient's record; chain verification")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "The audit trail for a patient, newest first")
    ResponseEntity<List<AuditEvent>> forPatient(CurrentUser me, @RequestParam UUID patientId, PageRequest page) {
        return PagedResponses.of(trail.trailFor(me, patientId, page));
    }

    @GetMapping("/api/v1/audit/verify")
    @Operation(summary = "Walk every hash chain of the organisation and report altered or missing events")
    ChainVerification verify(CurrentUser me) {
        return trail.verify(me.organisationId());
    }
}
