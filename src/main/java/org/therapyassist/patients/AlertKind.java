package org.therapyassist.patients;

/** Alerts that change how staff work with a patient; shown as warning callouts wherever the patient appears. */
public enum AlertKind {
    FALLS_RISK("Falls risk"), LONE_WORKING("Lone-working risk"), INFECTION_CONTROL("Infection control"), SAFEGUARDING(
            "Safeguarding concern"), COMMUNICATION_NEEDS(
                    "Communication needs"), MOVING_AND_HANDLING("Moving and handling risk"), OTHER("Other alert");

    private final String title;

    AlertKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
