package org.therapyassist.groups;

import org.therapyassist.platform.web.Messages;

/** The kinds of group class a therapy service runs. */
public enum ClassType {
    FALLS_PREVENTION, STRENGTH_AND_BALANCE, PULMONARY_REHAB, CARDIAC_REHAB, CHRONIC_PAIN, OTHER;

    /** Its words in the request's language. */
    public String title() {
        return Messages.text("groups.type." + name());
    }
}
