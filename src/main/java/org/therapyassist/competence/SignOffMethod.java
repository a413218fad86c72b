package org.therapyassist.competence;

/** How the assessor saw the competence. */
public enum SignOffMethod {
    OBSERVED("Observed in practice"), DISCUSSION("Professional discussion"), SIMULATION("Simulation");

    private final String title;

    SignOffMethod(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
