package org.therapyassist.careplans;

public enum ConditionCategory {
    NEUROLOGICAL("Neurological"), MUSCULOSKELETAL("Musculoskeletal"), CARDIOVASCULAR("Cardiovascular"), RESPIRATORY(
            "Respiratory"), OTHER("Other");

    private final String title;

    ConditionCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
