package org.therapyassist.competence;

import org.therapyassist.platform.web.Messages;

/** How the assessor saw the competence. */
public enum SignOffMethod {
    OBSERVED, DISCUSSION, SIMULATION;

    /** How it was assessed, in words, in the reader's language. */
    public String title() {
        return Messages.text("competence.method." + name());
    }
}
