package org.therapyassist.development.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.development.Supervision;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.web.CreatedId;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.StaffDirectory;
@RestController
@Tag(name = "Supervision", description = "Supervision sessions and who is overdue")
class SupervisionApi {

    private final Supervision supervision;
    private final StaffDirectory staff;

    SupervisionApi(Supervision supervision, StaffDirectory staff) {
        this.supervision = supervision;
        this.staff = staff;
    }

    @Performs(Command.RECORD_SUPERVISION)
    @PostMapping("/api/v1/staff/{id}/supervision")
    @Operation(summary = "Record a supervision session (clinical, managerial or peer) with a wellbeing check")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedId> record(CurrentUser me, @PathVariable UUID id, @RequestBody Body body) {
        UUID created = supervision.record(me, id,
                new Supervision.NewSession(body.heldOn(), body.kind(), body.discussed(),
                        body.actions(), body.wellbeing(), body.nextDueOn()));
        return ResponseEntity.status(201).body(new CreatedId(created));
    }

    @GetMapping("/api/v1/staff/{id}/supervision")
    @Operation(summary = "A colleague's supervision sessions, newest first")
    ResponseEntity<List<Supervision.Session>> sessions(CurrentUser me, @PathVariable UUID id, PageRequest page) {
        staff.require(me.organisationId(), id);
        if (!me.is(id) && !me.isRegistrant()) {
            throw new NotAllowedException("supervision.not-yours",
                    Messages.text("development.refusal.supervision-notes"));
        }
        return PagedResponses.of(supervision.sessionsOf(me.organisationId(), id, page));
    }

    @GetMapping("/api/v1/reports/supervision")
    @Operation(summary = "Team lead: every support worker's last and next supervision, overdue first")
    ResponseEntity<List<Supervision.Standing>> standings(CurrentUser me, PageRequest page) {
        if (!me.has(Role.TEAM_LEAD)) {
            throw new NotAllowedException("reporting.team-lead-only",
                    Messages.text("development.refusal.team-leads-only"));
        }
        return PagedResponses.of(supervision.standings(me.organisationId(), page));
    }

    @Schema(name = "NewSupervisionSession")
    record Body(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Today or earlier") LocalDate heldOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Supervision.Kind kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String discussed, String actions,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Supervision.Wellbeing wellbeing,
            @Schema(description = "When the next session is due: after heldOn and at most 8 weeks later; 6 weeks when not given") LocalDate nextDueOn) {
    }
}
