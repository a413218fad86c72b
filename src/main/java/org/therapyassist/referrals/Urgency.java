package org.therapyassist.referrals;

/** How soon the team must respond; the order is the triage order (urgent first). */
public enum Urgency {
    URGENT("Urgent"), SOON("Soon"), ROUTINE("Routine");

    private final String title;

    Urgency(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
