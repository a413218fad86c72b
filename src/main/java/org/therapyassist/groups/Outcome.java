package org.therapyassist.groups;

/** What happened for one enrolled patient at one session. */
public enum Outcome {
    ATTENDED("Attended"), DID_NOT_ATTEND("Did not attend"), CANCELLED("Cancelled by the patient");

    private final String title;

    Outcome(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
