package org.therapyassist.discharge;

/** What happens to an item still on loan at the patient's home when they are discharged. */
public enum EquipmentPlan {
    COLLECT("Collect from the patient's home"), LEAVE_WITH_PATIENT("Leave with the patient"), TRANSFER(
            "Transfer to another service"), REVIEW("Review at follow-up");

    private final String title;

    EquipmentPlan(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
