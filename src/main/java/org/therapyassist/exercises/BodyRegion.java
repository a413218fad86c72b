package org.therapyassist.exercises;

import org.therapyassist.platform.web.Messages;

/** Where in the body an exercise mainly works. */
public enum BodyRegion {
    NECK, SHOULDER, ARM_AND_HAND, BACK, HIP, KNEE, ANKLE_AND_FOOT, WHOLE_BODY, CHEST;

    /** The words shown to people, in the request's language (exercises.properties). */
    public String title() {
        return Messages.text("exercises.region." + name());
    }
}
