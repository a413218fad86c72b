package org.therapyassist.sessions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
}
