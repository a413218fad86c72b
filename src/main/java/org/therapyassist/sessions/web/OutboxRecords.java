package org.therapyassist.sessions.web;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
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
        SessionRecordView saved = post.validating(RecordForm.New::command)
                .answer(form -> records.record(me, form.command()));
        String page = "/session-records/" + saved.id();
        return ResponseEntity.created(URI.create(page))
                .body(new Sent(saved.id(), page, !saved.escalations().isEmpty()));
    }
}
