package org.therapyassist.sessions;

import org.therapyassist.platform.web.Messages;

/**
 * The red-flag questions asked before every delegated session: a yes to any of them means the patient may be acutely
 * unwell, and the session does not go ahead until the registrant has been told.
 */
public enum RedFlag {
    NEW_CHEST_PAIN("newChestPain"), BREATHLESS_AT_REST("breathlessAtRest"), NEW_CONFUSION(
            "newConfusion"), FALL_SINCE_LAST_VISIT("fallSinceLastVisit"), DIZZY_OR_FAINT("dizzyOrFaint");

    private final String field;

    RedFlag(String field) {
        this.field = field;
    }

    /** Its field in the API and on the checklist page. */
    public String field() {
        return field;
    }

    /** The question as the worker reads it. */
    public String question() {
        return Messages.text("sessions.red-flag." + field);
    }

    /** What a yes means, as the registrant reads it in the escalation. */
    public String found() {
        return Messages.text("sessions.red-flag." + field + ".found");
    }
}
