package org.therapyassist.audit.web;

import java.time.Instant;
import java.util.Locale;
import org.therapyassist.audit.AuditEvent;
import org.therapyassist.platform.web.Messages;

/**
 * One line of a patient's audit trail as a lead reads it: what was done in words ("Viewed the record", "Refused:
 * countersigned a record"), the stored action code kept for support in an attribute.
 */
record AuditLine(Instant occurredAt, String who, String role, String what, String detail, String action) {

    static AuditLine of(AuditEvent e) {
        String what = switch (e.action()) {
            case "access.denied" -> Messages.text("audit.action.refused", describe(e.detail()));
            case "command.refused" -> Messages.text("audit.action.command-refused");
            default -> describe(e.action());
        };
        String detail = switch (e.action()) {
            case "access.denied" -> null;
            // Stored as "code (Where.method): message"; the page shows the message.
            case "command.refused" -> e.detail() == null ? null : e.detail().replaceFirst("^\\S+ \\([^)]*\\): ", "");
            default -> e.detail();
        };
        return new AuditLine(e.occurredAt(), e.actorUsername(), e.actorRole(), what, detail, e.action());
    }

    /** The action's words: its own message, or its last part as words for an action with none yet. */
    static String describe(String action) {
        if (action == null) {
            return "";
        }
        return Messages.find("audit.action." + action).orElseGet(() -> {
            String words = action.substring(action.lastIndexOf('.') + 1).replace('-', ' ');
            return words.isEmpty() ? action : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        });
    }
}
