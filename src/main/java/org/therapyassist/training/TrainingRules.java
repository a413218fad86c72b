package org.therapyassist.training;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.web.Messages;

/** Mandatory training dates and compliance: pure rules, tested without a database. */
public final class TrainingRules {

    /** Training expiring within this many days is flagged so it can be booked in time. */
    public static final int EXPIRING_WITHIN_DAYS = 60;

    public enum Status {
        IN_DATE, EXPIRING_SOON, EXPIRED, NEVER_DONE;

        /** The status in words, in the reader's language. */
        public String title() {
            return Messages.text("training.status." + name());
        }

        /** In date today, even if it is due for renewal soon. */
        public boolean compliant() {
            return this == IN_DATE || this == EXPIRING_SOON;
        }
    }

    private TrainingRules() {
    }

    /**
     * The expiry to record: the course's renewal interval from completion, unless a date is given (a certificate may
     * state its own); never on or before the completion date. Completion cannot be in the future.
     */
    public static LocalDate expiry(LocalDate completedOn, LocalDate requestedExpiry, int renewalMonths,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (completedOn.isAfter(today)) {
            errors.put("completedOn", Messages.text("training.completed-on.future"));
        }
        LocalDate expiry = requestedExpiry == null ? completedOn.plusMonths(renewalMonths) : requestedExpiry;
        if (!expiry.isAfter(completedOn)) {
            errors.put("expiresOn", Messages.text("training.expires-on.before"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return expiry;
    }

    /** Where a person stands for one course, from the latest expiry of their records (null: never done). */
    public static Status status(LocalDate latestExpiry, LocalDate today) {
        if (latestExpiry == null) {
            return Status.NEVER_DONE;
        }
        if (latestExpiry.isBefore(today)) {
            return Status.EXPIRED;
        }
        return latestExpiry.isAfter(today.plusDays(EXPIRING_WITHIN_DAYS)) ? Status.IN_DATE : Status.EXPIRING_SOON;
    }
}
