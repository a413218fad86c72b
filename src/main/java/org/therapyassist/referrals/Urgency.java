package org.therapyassist.referrals;

import org.therapyassist.platform.web.Messages;

/** How soon the team must respond; the order is the triage order (urgent first). */
public enum Urgency {
    URGENT, SOON, ROUTINE;

    /** Its words in the request's language. */
    public String title() {
        return Messages.text("referrals.urgency." + name());
    }
}
