package org.therapyassist.discharge;

public enum DiscussionKind {
    PATIENT_FAMILY("With the patient or family"), MDT("With the MDT");

    private final String title;

    DiscussionKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
