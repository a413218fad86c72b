package org.therapyassist.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.therapyassist.sessions.MeasureThresholds;

/**
 * Tells the session record form which readings will alert the delegator at once, so the worker knows before they start.
 */
@Component
class StopCriteriaInWords implements MeasureThresholds {

    private final StopCriteria criteria;

    StopCriteriaInWords(StopCriteria criteria) {
        this.criteria = criteria;
    }

    @Override
    public List<String> describe(UUID organisationId, UUID delegationId) {
        return words(criteria.current(organisationId, delegationId));
    }

    static List<String> words(StopRules rules) {
        List<String> out = new ArrayList<>();
        if (rules.painRisePoints() != null) {
            out.add("pain rises by " + rules.painRisePoints() + (rules.painRisePoints() == 1 ? " point" : " points")
                    + " or more during the session");
        }
        if (rules.tugSlowerThan() != null) {
            out.add("Timed Up and Go is slower than " + rules.tugSlowerThan().stripTrailingZeros().toPlainString()
                    + " seconds");
        }
        if (rules.chairStandBelow() != null) {
            out.add("fewer than " + rules.chairStandBelow() + " stands in the 30-second chair stand");
        }
        return out;
    }
}
