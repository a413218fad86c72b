package org.therapyassist.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.web.Messages;
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
            out.add(rules.painRisePoints() == 1
                    ? Messages.text("outcomes.stop.words.pain.one")
                    : Messages.text("outcomes.stop.words.pain.many", rules.painRisePoints()));
        }
        if (rules.tugSlowerThan() != null) {
            out.add(Messages.text("outcomes.stop.words.tug",
                    rules.tugSlowerThan().stripTrailingZeros().toPlainString()));
        }
        if (rules.chairStandBelow() != null) {
            out.add(Messages.text("outcomes.stop.words.chair-stand", rules.chairStandBelow()));
        }
        return out;
    }
}
