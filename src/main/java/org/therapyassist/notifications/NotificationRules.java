package org.therapyassist.notifications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.therapyassist.platform.web.Messages;

/**
 * What an e-mail says, and the information-governance rule behind it (hazard H109): an e-mail may go astray, be read
 * on a shared screen or be kept in a mailbox the service does not control, so it carries no patient-identifiable
 * detail. It is made only of fixed words from the message bundles, the kind of thing that happened, a triage outcome
 * and a link or reference made of an id; nothing a clinician typed (a concern, a note, where a referral was
 * signposted) and nothing read from the patient's record ever reaches it. {@link #leaks} is the check the tests run
 * on every kind and outcome against a patient's details.
 */
public final class NotificationRules {

    /** An address with a name, an at sign and a domain with a dot; the form and the API refuse anything else. */
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /**
     * The same as typed into a form or sent to the API: spaces around it are stripped, and nothing (or only spaces)
     * means no address.
     */
    public static final String EMAIL_AS_TYPED = "^\\s*([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?\\s*$";

    /** The longest address SMTP carries (RFC 5321's path limit). */
    public static final int EMAIL_MAX = 254;

    private NotificationRules() {
    }

    public static boolean isEmail(String address) {
        return address != null && address.length() <= EMAIL_MAX && EMAIL.matcher(address).matches();
    }

    /**
     * The e-mail for one outbox row, in the reader's language: a registrant's or worker's link into the app, or a
     * referrer's reference to quote (they may have no account).
     */
    public static Notice compose(NoticeKind kind, String outcome, UUID subjectId, String baseUrl, Locale language) {
        String settings = baseUrl + "/notifications/settings";
        return switch (kind) {
            case ESCALATION_RAISED -> new Notice(text(language, "notifications.mail.escalation.subject"),
                    text(language, "notifications.mail.escalation.body", baseUrl + "/inbox")
                            + footer(language, settings));
            case DELEGATION_OFFERED -> new Notice(text(language, "notifications.mail.delegation.subject"),
                    text(language, "notifications.mail.delegation.body", baseUrl + "/delegations/" + subjectId)
                            + footer(language, settings));
            case REFERRAL_DECIDED -> new Notice(
                    text(language, "notifications.mail.referral.subject." + referralOutcome(outcome)),
                    text(language, "notifications.mail.referral.body." + referralOutcome(outcome),
                            subjectId.toString())
                            + "\n\n" + text(language, "notifications.mail.referral.footer"));
        };
    }

    /**
     * The details found in an e-mail, ignoring case and spaces (an NHS number written 943 476 5919 or 9434765919):
     * empty when it is clean. Details shorter than three characters are not looked for (they match ordinary words).
     */
    public static List<String> leaks(Notice notice, Collection<String> details) {
        String text = squash(notice.subject() + "\n" + notice.body());
        List<String> found = new ArrayList<>();
        for (String detail : details) {
            if (detail != null && squash(detail).length() >= 3 && text.contains(squash(detail))) {
                found.add(detail);
            }
        }
        return found;
    }

    private static String referralOutcome(String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "ACCEPTED" -> "accepted";
            case "SIGNPOSTED" -> "signposted";
            default -> "rejected";
        };
    }

    private static String footer(Locale language, String settings) {
        return "\n\n" + text(language, "notifications.mail.footer", settings);
    }

    private static String text(Locale language, String key, Object... args) {
        return Messages.text(language, key, args);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
