package org.therapyassist.platform.idempotency;

import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.web.Messages;

/**
 * A page form post without a usable one-time token, refused like a failed CSRF check (403) with a page that says what
 * to do. What was typed stays in the browser (see {@code static/js/app.js}).
 */
public final class FormTokenRefused extends NotAllowedException {

    FormTokenRefused(FormTokens.Problem problem) {
        super(switch (problem) {
            case MISSING -> "form.token-missing";
            case NOT_OURS -> "form.token-invalid";
            case EXPIRED -> "form.token-expired";
        }, switch (problem) {
            case EXPIRED -> Messages.text("platform.form.token-expired");
            default -> Messages.text("platform.form.token-invalid");
        });
    }
}
