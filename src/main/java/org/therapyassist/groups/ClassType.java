package org.therapyassist.groups;

/** The kinds of group class a therapy service runs. */
public enum ClassType {
    FALLS_PREVENTION("Falls prevention"), STRENGTH_AND_BALANCE("Strength and balance"), PULMONARY_REHAB(
            "Pulmonary rehabilitation"), CARDIAC_REHAB(
                    "Cardiac rehabilitation"), CHRONIC_PAIN("Chronic pain management"), OTHER("Other");

    private final String title;

    ClassType(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
