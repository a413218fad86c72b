package org.therapyassist.careplans;

public enum CareSetting {
    WARD("Ward"), OUTPATIENTS("Outpatients"), COMMUNITY("Community or home");

    private final String title;

    CareSetting(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
