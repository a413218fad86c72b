package org.therapyassist.competence;

import java.time.LocalDate;
import org.therapyassist.platform.web.Messages;

/**
 * Where one person stands on one competency, as the gap analysis shows it. Expiring means within
 * {@link #EXPIRING_WITHIN_DAYS} days, so a lead has time to book a reassessment before delegation stops.
 */
public enum GapStatus {
    HELD("H"), EXPIRING("X"), EXPIRED("E"), MISSING("M"), NOT_REQUIRED("");

    public static final int EXPIRING_WITHIN_DAYS = 60;

    private final String mark;

    GapStatus(String mark) {
        this.mark = mark;
    }

    /** The status in words, in the reader's language. */
    public String title() {
        return Messages.text("competence.gap." + name());
    }

    /** The short mark used in the grid and the CSV, with a key beside it. */
    public String mark() {
        return mark;
    }

    /** A gap the team has to close: something expected that is not held in date, or about to lapse. */
    public boolean isGap() {
        return this == EXPIRED || this == MISSING;
    }

    /**
     * @param expected
     *            whether the person's stage needs the competency
     * @param validUntil
     *            the latest expiry of a sign-off that is neither revoked nor signed in the future; null if none
     * @param everSigned
     *            whether any sign-off ever existed (expired or revoked included)
     */
    public static GapStatus of(boolean expected, LocalDate validUntil, boolean everSigned, LocalDate today) {
        if (validUntil != null && !validUntil.isBefore(today)) {
            return validUntil.isAfter(today.plusDays(EXPIRING_WITHIN_DAYS)) ? HELD : EXPIRING;
        }
        if (everSigned) {
            return EXPIRED;
        }
        return expected ? MISSING : NOT_REQUIRED;
    }
}
