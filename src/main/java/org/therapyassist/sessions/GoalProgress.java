package org.therapyassist.sessions;

public enum GoalProgress {
    NOT_STARTED("Not started"), WORSE("Worse"), NO_CHANGE("No change"), PROGRESSING("Progressing"), ACHIEVED(
            "Achieved");

    private final String title;

    GoalProgress(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
