package org.therapyassist.sessions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.sessions.Escalation;
import org.therapyassist.sessions.EscalationRequest;
import org.therapyassist.sessions.Escalations;
import org.therapyassist.sessions.NewSessionRecord;
import org.therapyassist.sessions.SessionAmendment;
import org.therapyassist.sessions.SessionRecordChanges;
import org.therapyassist.sessions.SessionRecordView;
import org.therapyassist.sessions.SessionRecords;

@RestController
@Tag(name = "Session records", description = "Record, sign, amend and countersign sessions; escalate")
class SessionApi {

    private final SessionRecords records;
    private final Escalations escalations;

    SessionApi(SessionRecords records, Escalations escalations) {
        this.records = records;
        this.escalations = escalations;
    }

    @Performs(Command.RECORD_SESSION)
    @PostMapping("/api/v1/session-records")
    @Operation(summary = "Record a session against an accepted delegation (as a draft). "
            + "A non-empty 'escalation' goes to the delegator's inbox at once. Send an Idempotency-Key to retry safely; "
            + "without one, the same record by the same worker for the same delegation and day again within 10 minutes "
            + "is refused with 409 record.duplicate and the first record's id as existingId.")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({404, 409, 422})
    ResponseEntity<SessionRecordView> create(CurrentUser me, @Valid @RequestBody NewSessionRecord body) {
        SessionRecordView view = records.record(me, body);
        return ResponseEntity.created(URI.create("/api/v1/session-records/" + view.id())).body(view);
    }

    @Performs(Command.EDIT_DRAFT_SESSION_RECORD)
    @PutMapping("/api/v1/session-records/{id}")
    @Operation(summary = "Change your own draft record before signing it, from the version you read (409 record.changed "
            + "if it changed since, 409 record.already-signed once signed, 403 record.not-author for anyone else). "
            + "The delegation and the day stay as recorded; changed readings correct the measure results they became.")
    SessionRecordView edit(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody SessionRecordChanges body) {
        return records.edit(me, id, body);
    }

    @GetMapping("/api/v1/session-records/{id}")
    @Operation(summary = "A session record with its amendments and countersignature")
    SessionRecordView get(CurrentUser me, @PathVariable UUID id) {
        return records.open(me, id);
    }

    @Performs(Command.SIGN_SESSION_RECORD)
    @PostMapping("/api/v1/session-records/{id}/sign")
    @Operation(summary = "Sign the record; afterwards it cannot change (409 record.already-signed)")
    @ProblemResponses(409)
    SessionRecordView sign(CurrentUser me, @PathVariable UUID id) {
        return records.sign(me, id);
    }

    @Performs(Command.AMEND_SESSION_RECORD)
    @PostMapping("/api/v1/session-records/{id}/amendments")
    @Operation(summary = "Add an amendment (reason and text) beside a signed record")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(409)
    ResponseEntity<SessionRecordView> amend(CurrentUser me, @PathVariable UUID id,
            @Valid @RequestBody SessionAmendment body) {
        return ResponseEntity.status(201).body(records.amend(me, id, body.reason(), body.text()));
    }

    @Performs(Command.COUNTERSIGN_SESSION_RECORD)
    @PostMapping("/api/v1/session-records/{id}/countersign")
    @Operation(summary = "A registrant countersigns a signed record")
    @ProblemResponses(409)
    SessionRecordView countersign(CurrentUser me, @PathVariable UUID id,
            @Valid @RequestBody(required = false) CountersignRequest body) {
        return records.countersign(me, id, body == null ? null : body.note());
    }

    @Performs(Command.RAISE_ESCALATION)
    @PostMapping("/api/v1/escalations")
    @Operation(summary = "Stop and contact: raise a concern about a delegated task without a session record")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(404)
    ResponseEntity<Escalation> escalate(CurrentUser me, @Valid @RequestBody EscalationRequest body) {
        return ResponseEntity.status(201).body(escalations.raise(me, body.delegationId(), body.concern()));
    }

    @GetMapping("/api/v1/escalations/mine")
    @Operation(summary = "What I escalated in the last 7 days, with the replies")
    ResponseEntity<List<Escalation>> mine(CurrentUser me, PageRequest page) {
        return PagedResponses.of(escalations.raisedBy(me, page));
    }

    @Performs(Command.REPLY_TO_ESCALATION)
    @PostMapping("/api/v1/escalations/{id}/reply")
    @Operation(summary = "A registrant replies to an escalation")
    @ProblemResponses(409)
    Escalation reply(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ReplyRequest body) {
        return escalations.reply(me, id, body.reply());
    }

    @Schema(name = "CountersignRequest")
    record CountersignRequest(@Size(max = 1000, message = "{sessions.refusal.countersign-note.size}") String note) {
    }

    @Schema(name = "EscalationReply")
    record ReplyRequest(
            @NotBlank(message = "{sessions.refusal.reply.blank.api}") @Size(max = 2000, message = "{sessions.refusal.reply.size}") String reply) {
    }
}
