package org.therapyassist.reminders;

import org.therapyassist.platform.web.Messages;

/**
 * Reminders are shown and cleared in groups of one kind of work ("4 competency sign-offs expiring or expired in your
 * team"), so a lead sees a handful of lines instead of one per person and sign-off. A kind belongs to the group its
 * name starts with ({@code COMPETENCY_EXPIRED} is a {@link #COMPETENCY} reminder); a kind no group names is OTHER.
 */
public enum ReminderGroup {

    COMPETENCY, TRAINING, SUPERVISION, INDUCTION, OTHER;

    public static ReminderGroup of(String kind) {
        for (ReminderGroup g : values()) {
            if (g != OTHER && kind.startsWith(g.name() + "_")) {
                return g;
            }
        }
        return OTHER;
    }

    /** "Competency sign-offs", in the request's language (i18n/reminders). */
    public String title() {
        return Messages.text("reminders.group." + name());
    }

    /** "1 competency sign-off expiring or expired", "4 competency sign-offs expiring or expired". */
    public String count(long n) {
        return Messages.text("reminders.group." + name() + (n == 1 ? ".one" : ".many"), n);
    }
}
