package org.therapyassist.groups;

import org.therapyassist.platform.web.Messages;

/** What happened for one enrolled patient at one session. */
public enum Outcome {
    ATTENDED, DID_NOT_ATTEND, CANCELLED;

    /** Its words in the request's language. */
    public String title() {
        return Messages.text("groups.outcome." + name());
    }
}
