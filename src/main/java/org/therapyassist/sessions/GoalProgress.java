package org.therapyassist.sessions;

import org.therapyassist.platform.web.Messages;

public enum GoalProgress {
    NOT_STARTED, WORSE, NO_CHANGE, PROGRESSING, ACHIEVED;

    /** The words shown to people, in the request's language (sessions.properties). */
    public String title() {
        return Messages.text("sessions.goal-progress." + name());
    }
}
