package org.therapyassist.discharge;

import org.therapyassist.platform.web.Messages;

public enum DiscussionKind {
    PATIENT_FAMILY, MDT;

    /** Its words in the request's language (or the letter's, while a letter is printed). */
    public String title() {
        return Messages.text("discharge.discussion." + name());
    }
}
