package org.therapyassist.exercises;

import org.therapyassist.platform.web.Messages;

/** What kind of exercise it is. */
public enum ExerciseCategory {
    STRENGTH, BALANCE, MOBILITY, RANGE_OF_MOVEMENT, CARDIOVASCULAR, RESPIRATORY, FUNCTIONAL_TASK;

    /** The words shown to people, in the request's language (exercises.properties). */
    public String title() {
        return Messages.text("exercises.category." + name());
    }
}
