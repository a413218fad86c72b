package org.therapyassist.outcomes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The stop-and-escalate thresholds a delegator sets on a delegation, and which of them a set of readings breaks.
 * Pure rules: the wording is what the delegator reads in the escalation.
 */
public record StopRules(Integer painRisePoints, BigDecimal tugSlowerThan, Integer chairStandBelow) {

    public static final StopRules NONE = new StopRules(null, null, null);

    public boolean isEmpty() {
        return painRisePoints == null && tugSlowerThan == null && chairStandBelow == null;
    }

    /** Readings taken at one visit; pain before is the comparison point for a rise (null when not taken). */
    public record Readings(Integer painBefore, Integer painAfter, BigDecimal tugSeconds, Integer chairStands) {
    }

    public List<String> breaches(Readings r) {
        List<String> out = new ArrayList<>();
        if (painRisePoints != null && r.painBefore() != null && r.painAfter() != null
                && r.painAfter() - r.painBefore() >= painRisePoints) {
            out.add("pain rose from " + r.painBefore() + " to " + r.painAfter() + " out of 10 (stop if it rises by "
                    + painRisePoints + " or more)");
        }
        if (tugSlowerThan != null && r.tugSeconds() != null && r.tugSeconds().compareTo(tugSlowerThan) > 0) {
            out.add("Timed Up and Go took " + r.tugSeconds().toPlainString() + " seconds (stop if slower than "
                    + tugSlowerThan.toPlainString() + " seconds)");
        }
        if (chairStandBelow != null && r.chairStands() != null && r.chairStands() < chairStandBelow) {
            out.add("30-second chair stand was " + r.chairStands() + " (stop if fewer than " + chairStandBelow + ")");
        }
        return out;
    }
}
