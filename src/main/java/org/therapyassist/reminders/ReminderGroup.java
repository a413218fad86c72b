package org.therapyassist.reminders;

/**
 * Reminders are shown and cleared in groups of one kind of work ("4 competency sign-offs expiring or expired in your
 * team"), so a lead sees a handful of lines instead of one per person and sign-off. A kind belongs to the group its
 * name starts with ({@code COMPETENCY_EXPIRED} is a {@link #COMPETENCY} reminder); a kind no group names is OTHER.
 */
public enum ReminderGroup {

    COMPETENCY("Competency sign-offs", "competency sign-off expiring or expired",
            "competency sign-offs expiring or expired"), TRAINING("Mandatory training",
                    "training course due for renewal", "training courses due for renewal"), SUPERVISION("Supervision",
                            "supervision due or overdue", "supervisions due or overdue"), INDUCTION("Induction",
                                    "induction behind the usual pace", "inductions behind the usual pace"), OTHER(
                                            "Other reminders", "other reminder", "other reminders");

    private final String title;
    private final String one;
    private final String many;

    ReminderGroup(String title, String one, String many) {
        this.title = title;
        this.one = one;
        this.many = many;
    }

    public static ReminderGroup of(String kind) {
        for (ReminderGroup g : values()) {
            if (g != OTHER && kind.startsWith(g.name() + "_")) {
                return g;
            }
        }
        return OTHER;
    }

    public String title() {
        return title;
    }

    /** "1 competency sign-off expiring or expired", "4 competency sign-offs expiring or expired". */
    public String count(long n) {
        return n + " " + (n == 1 ? one : many);
    }
}
