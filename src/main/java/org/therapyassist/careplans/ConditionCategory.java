package org.therapyassist.careplans;

import org.therapyassist.platform.web.Messages;

public enum ConditionCategory {
    NEUROLOGICAL, MUSCULOSKELETAL, CARDIOVASCULAR, RESPIRATORY, OTHER;

    /** The words shown to people, in the request's language (careplans.properties). */
    public String title() {
        return Messages.text("careplans.category." + name());
    }
}
