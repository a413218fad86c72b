package org.therapyassist.staff.accounts;

/** Where a team works, as the demo's teams and care settings name it. */
enum TeamSetting {
    WARD("Ward"), OUTPATIENTS("Outpatients"), COMMUNITY("Community or home");

    private final String title;

    TeamSetting(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
