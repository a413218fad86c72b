package org.therapyassist.sessions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.therapyassist.delegation.Observation;
import org.therapyassist.delegation.ObservationLimits;
import org.therapyassist.platform.web.Messages;

/**
 * Before a delegated session: whether the checklist lets it go ahead. No consent today, any reading outside the
 * registrant's limits, or any red flag answered yes stops it; every reason is given in words, as the registrant reads
 * it in the escalation. Pure rules.
 */
public final class PreSessionRules {

    private PreSessionRules() {
    }

    /** Go ahead, or stop with the reasons (never a stop without one). */
    public record Outcome(boolean go, List<String> reasons) {
    }

    /**
     * What is wrong with the readings as typed, by field: an observation the task asks for left out, a reading no
     * patient could have (a slip, which must not pass for a real value), or too many decimal places.
     */
    public static Map<String, String> problems(ObservationLimits limits, Map<Observation, BigDecimal> readings) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Observation o : Observation.values()) {
            BigDecimal value = readings.get(o);
            if (value == null) {
                if (limits.of(o).isPresent()) {
                    out.put(o.field(), Messages.text("sessions.check.reading.blank", o.title()));
                }
            } else if (!o.plausible(value)) {
                out.put(o.field(), Messages.text("sessions.check.reading.implausible", o.title(),
                        o.plain(o.plausibleLow()), o.plain(o.plausibleHigh())));
            } else if (!o.fitsScale(value)) {
                out.put(o.field(), Messages.text("sessions.check.reading.one-place", o.title()));
            }
        }
        return out;
    }

    public static Outcome decide(ObservationLimits limits, boolean consentToday, Map<Observation, BigDecimal> readings,
            Set<RedFlag> redFlagsYes) {
        List<String> reasons = new ArrayList<>();
        if (!consentToday) {
            reasons.add(Messages.text("sessions.check.reason.no-consent"));
        }
        for (Observation o : limits.asked()) {
            BigDecimal value = readings.get(o);
            if (value != null && !limits.of(o).orElseThrow().contains(value)) {
                reasons.add(Messages.text("sessions.check.reason.outside", o.title(), o.withUnit(value),
                        limits.describe(o)));
            }
        }
        for (RedFlag flag : RedFlag.values()) {
            if (redFlagsYes.contains(flag)) {
                reasons.add(Messages.text("sessions.check.reason.red-flag", flag.found()));
            }
        }
        return new Outcome(reasons.isEmpty(), List.copyOf(reasons));
    }

    /** A phone's clock may run a little fast; a checklist from further ahead than this was not taken yet. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(5);
    /** Older than this, a checklist sent from a phone is too late to be of use; the phone shows it to copy instead. */
    static final Duration LATEST_ARRIVAL = Duration.ofDays(7);

    /** What is wrong with when the phone says a checklist was taken: in the future, or too long ago. */
    public static Optional<String> takenAtProblem(Instant takenAt, Instant now) {
        if (takenAt.isAfter(now.plus(CLOCK_SLACK))) {
            return Optional.of(Messages.text("sessions.check.taken-at.future"));
        }
        if (takenAt.isBefore(now.minus(LATEST_ARRIVAL))) {
            return Optional.of(Messages.text("sessions.check.taken-at.too-old", LATEST_ARRIVAL.toDays()));
        }
        return Optional.empty();
    }

    /**
     * Whether the worker was doing this task when the checklist was taken. Taken now: the delegation is accepted. Sent
     * later from a phone: it may have been completed or cancelled since, and a stop found then must still reach the
     * registrant, so it counts if it had been accepted by then and was closed only afterwards.
     */
    public static boolean acceptedWhenTaken(String status, Instant respondedAt, Instant closedAt, Instant takenAt,
            boolean sentLater) {
        if ("ACCEPTED".equals(status)) {
            return true;
        }
        return sentLater && ("COMPLETED".equals(status) || "CANCELLED".equals(status)) && respondedAt != null
                && !respondedAt.isAfter(takenAt) && closedAt != null && closedAt.isAfter(takenAt);
    }
}
