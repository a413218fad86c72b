package org.therapyassist.sessions.web;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.DomainException;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.sessions.SessionRecordView;
import org.therapyassist.sessions.SessionRecords;

/**
 * The phone's outbox sending a session recorded without signal (static/js/offline.js): the record form's own fields,
 * posted by script with the signed-in session, its CSRF token in a header and an Idempotency-Key made once on the
 * phone, so sending again after a lost answer gets the first record back, never a second (hazard H95). The answer is
 * problem+json the script can show: 400 with the fields, 403, 404, 409 (the delegation was cancelled meanwhile), 422.
 * The API's {@code POST /api/v1/session-records} does the same for other clients; this one takes the page's session.
 */
@RestController
class OutboxRecords {

    private final SessionRecords records;

    OutboxRecords(SessionRecords records) {
        this.records = records;
    }

    /** What the script needs: the record's page to open, and whether a "stop and contact" went with it. */
    record Sent(UUID id, String page, boolean escalated) {
    }

    @Performs(Command.RECORD_SESSION)
    @PostMapping(path = "/outbox/session-records", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Sent> create(CurrentUser me, FormPost<RecordForm.New> post) {
        Outcome outcome = new Outcome();
        post.validating(RecordForm.New::command).submit(form -> {
            try {
                outcome.saved = records.record(me, form.command());
            } catch (ConflictException | RefusedException e) {
                // Kept apart from the field messages: the phone shows a refusal with its own status and code.
                outcome.refusal = e;
            }
            return null;
        }, (errors, values) -> {
            outcome.invalid = errors;
            return null;
        });
        if (outcome.refusal != null) {
            throw outcome.refusal;
        }
        if (outcome.saved == null) {
            throw new InvalidInputException(outcome.invalid.getFields());
        }
        String page = "/session-records/" + outcome.saved.id();
        return ResponseEntity.created(URI.create(page))
                .body(new Sent(outcome.saved.id(), page, !outcome.saved.escalations().isEmpty()));
    }

    private static final class Outcome {
        private SessionRecordView saved;
        private DomainException refusal;
        private FormErrors invalid;
    }
}
