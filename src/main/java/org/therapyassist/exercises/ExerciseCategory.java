package org.therapyassist.exercises;

/** What kind of exercise it is. */
public enum ExerciseCategory {
    STRENGTH("Strength"), BALANCE("Balance"), MOBILITY("Mobility"), RANGE_OF_MOVEMENT(
            "Range of movement"), CARDIOVASCULAR(
                    "Cardiovascular"), RESPIRATORY("Respiratory"), FUNCTIONAL_TASK("Functional task");

    private final String title;

    ExerciseCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
