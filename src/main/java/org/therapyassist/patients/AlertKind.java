package org.therapyassist.patients;

import org.therapyassist.platform.web.Messages;

/** Alerts that change how staff work with a patient; shown as warning callouts wherever the patient appears. */
public enum AlertKind {
    FALLS_RISK, LONE_WORKING, INFECTION_CONTROL, SAFEGUARDING, COMMUNICATION_NEEDS, MOVING_AND_HANDLING, OTHER;

    /** The words shown to people, in the request's language (patients.properties). */
    public String title() {
        return Messages.text("patients.alert." + name());
    }
}
