package org.therapyassist.exercises;

/** Where in the body an exercise mainly works. */
public enum BodyRegion {
    NECK("Neck"), SHOULDER("Shoulder"), ARM_AND_HAND("Arm and hand"), BACK("Back"), HIP("Hip"), KNEE(
            "Knee"), ANKLE_AND_FOOT("Ankle and foot"), WHOLE_BODY("Whole body"), CHEST("Chest and breathing");

    private final String title;

    BodyRegion(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
