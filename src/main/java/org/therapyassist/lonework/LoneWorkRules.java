package org.therapyassist.lonework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.therapyassist.platform.Time;

/**
 * The timing rules of lone working, as plain decisions: when a worker is expected out, when that is missed, when an
 * alert escalates.
 */
public final class LoneWorkRules {

    /** The level an alert starts at when it goes to the person who published the day (or the named buddy). */
    public static final int FIRST_LEVEL = 1;
    /** The level at which the team's leads are alerted too: an escalation, and where "I need help" starts. */
    public static final int ESCALATED = 2;

    private LoneWorkRules() {
    }

    /**
     * When the worker is expected out of the home: the planned end of the visit on its day (London time). A worker who
     * arrives late keeps the visit's planned length from their arrival, so a late start is not an alert in itself.
     */
    public static Instant expectedOut(LocalDate day, LocalTime start, LocalTime end, Instant arrivedAt) {
        Instant plannedEnd = day.atTime(end).atZone(Time.LONDON).toInstant();
        Instant plannedStart = day.atTime(start).atZone(Time.LONDON).toInstant();
        Duration length = Duration.between(plannedStart, plannedEnd);
        if (length.isNegative()) {
            length = Duration.ZERO;
        }
        Instant fromArrival = arrivedAt.plus(length);
        return fromArrival.isAfter(plannedEnd) ? fromArrival : plannedEnd;
    }

    /** The moment a missing "Left" becomes an alert. */
    public static Instant missedAfter(Instant expectedOut, Duration grace) {
        return expectedOut.plus(grace);
    }

    /** A check-out is missed when there is no "Left" and the expected time out plus the grace has passed. */
    public static boolean checkOutMissed(Instant expectedOut, Instant leftAt, Duration grace, Instant now) {
        return leftAt == null && now.isAfter(missedAfter(expectedOut, grace));
    }

    /**
     * An alert escalates when it is still at the first level, nobody has acknowledged it, and the escalation period has
     * passed since it was raised. A missed check-out whose worker has since pressed "Left" is not escalated: they are
     * out, and the alert waits at its level for its acknowledgement.
     */
    public static boolean escalates(AlertKind kind, int level, Instant raisedAt, Instant acknowledgedAt,
            Instant leftAt, Duration escalateAfter, Instant now) {
        if (level >= ESCALATED || acknowledgedAt != null) {
            return false;
        }
        if (kind == AlertKind.MISSED_CHECK_OUT && leftAt != null) {
            return false;
        }
        return !now.isBefore(raisedAt.plus(escalateAfter));
    }

    /** The level a new alert starts at: "I need help" goes to the leads at once. */
    public static int startingLevel(AlertKind kind) {
        return kind == AlertKind.HELP ? ESCALATED : FIRST_LEVEL;
    }
}
