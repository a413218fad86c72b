package org.therapyassist.platform;

import org.therapyassist.platform.web.Messages;

/** Stages of the AHP support worker framework, in order of scope (with the band 5 lead role above them). */
public enum Stage {
    SUPPORT_WORKER, SENIOR_SUPPORT_WORKER, ASSISTANT_PRACTITIONER, SUPPORT_WORKER_LEAD;

    /** Its words in the request's language ("Senior support worker", "Uwch weithiwr cymorth"). */
    public String title() {
        return Messages.text("platform.stage." + name());
    }

    public boolean isAtLeast(Stage other) {
        return compareTo(other) >= 0;
    }
}
