package org.therapyassist.careplans;

import org.therapyassist.platform.web.Messages;

public enum CareSetting {
    WARD, OUTPATIENTS, COMMUNITY;

    /** The words shown to people, in the request's language (careplans.properties). */
    public String title() {
        return Messages.text("careplans.setting." + name());
    }
}
