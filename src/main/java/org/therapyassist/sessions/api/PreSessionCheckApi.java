package org.therapyassist.sessions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.sessions.NewPreSessionCheck;
import org.therapyassist.sessions.PreSessionCheck;
import org.therapyassist.sessions.PreSessionChecks;

@RestController
@Tag(name = "Session records", description = "Record, sign, amend and countersign sessions; escalate")
class PreSessionCheckApi {

    private final PreSessionChecks checks;

    PreSessionCheckApi(PreSessionChecks checks) {
        this.checks = checks;
    }

    @Performs(Command.CHECK_BEFORE_SESSION)
    @PostMapping("/api/v1/delegations/{id}/pre-session-checks")
    @Operation(summary = "Before the session: the support worker's checklist for today's session of their own accepted "
            + "delegation. Always kept (201). outcome GO: the session may go ahead; send the check's id as "
            + "preSessionCheckId with the session record. outcome STOP (no consent today, a reading outside the "
            + "registrant's limits, or a red flag answered yes): the session must not start, reasons says why, and "
            + "escalationId is the escalation already in the delegator's inbox. Gone through without signal: send it "
            + "when signal returns with the id the device made for it and takenAt, before the session record that "
            + "names it; the day of the session is takenAt's, a stop tells the registrant when it was found and when it "
            + "arrived (receivedAt), and the same id again answers with the checklist already kept (201). 400 when an "
            + "observation the delegation asks for is missing, a reading is not plausible, or takenAt is in the future "
            + "or more than 7 days ago; 403 pre-session-check.not-your-delegation; 404 unknown delegation; 409 "
            + "pre-session-check.delegation-not-accepted, pre-session-check.outside-dates or pre-session-check.id-taken "
            + "(the id is another checklist's).")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({404, 409})
    ResponseEntity<PreSessionCheck> check(CurrentUser me, @PathVariable UUID id,
            @Valid @RequestBody NewPreSessionCheck body) {
        PreSessionCheck check = checks.check(me, id, body);
        return ResponseEntity.created(URI.create("/api/v1/pre-session-checks/" + check.id())).body(check);
    }

    @GetMapping("/api/v1/pre-session-checks/{id}")
    @Operation(summary = "A before-session checklist as kept: what was found, go or stop with the reasons, the escalation "
            + "a stop raised and the session record it was used for")
    @ProblemResponses(404)
    PreSessionCheck get(CurrentUser me, @PathVariable UUID id) {
        return checks.open(me, id);
    }
}
