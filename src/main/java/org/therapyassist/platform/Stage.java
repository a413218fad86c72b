package org.therapyassist.platform;

/** Stages of the AHP support worker framework, in order of scope (with the band 5 lead role above them). */
public enum Stage {
    SUPPORT_WORKER("Support worker"), SENIOR_SUPPORT_WORKER("Senior support worker"), ASSISTANT_PRACTITIONER(
            "Assistant practitioner"), SUPPORT_WORKER_LEAD("Support worker lead");

    private final String title;

    Stage(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean isAtLeast(Stage other) {
        return compareTo(other) >= 0;
    }
}
