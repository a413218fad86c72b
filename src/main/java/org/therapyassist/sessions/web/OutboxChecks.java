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
import org.therapyassist.sessions.PreSessionCheck;
import org.therapyassist.sessions.PreSessionChecks;

/**
 * The phone's outbox sending a before-session checklist (static/js/offline.js): the checklist page's own fields, with
 * the id the phone made for it and when it was taken, an Idempotency-Key made once on the phone and the CSRF token in a
 * header. Sent with signal it answers at once; gone through without signal it is sent before the session record that
 * names it, and a stop tells the registrant on arrival, saying when it was found (hazard H108). The answer is the page
 * to open next, or problem+json: 400 with the fields, 403, 404, 409. The API's
 * {@code POST /api/v1/delegations/{id}/pre-session-checks} takes the same for other clients.
 */
@RestController
class OutboxChecks {

    private final PreSessionChecks checks;

    OutboxChecks(PreSessionChecks checks) {
        this.checks = checks;
    }

    /** The checklist kept, whether it stopped the session, and the page that follows (the record form or the stop). */
    record Kept(UUID id, boolean stopped, String page) {
    }

    @Performs(Command.CHECK_BEFORE_SESSION)
    @PostMapping(path = "/outbox/pre-session-checks", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Kept> create(CurrentUser me, FormPost<CheckForm> post) {
        PreSessionCheck check = post.validating(CheckForm::command)
                .answer(form -> checks.check(me, form.delegationId(), form.command()));
        String page = check.stopped()
                ? "/pre-session-checks/" + check.id()
                : "/session-records/new?delegationId=" + check.delegationId() + "&checkId=" + check.id();
        return ResponseEntity.created(URI.create("/pre-session-checks/" + check.id()))
                .body(new Kept(check.id(), check.stopped(), page));
    }
}
