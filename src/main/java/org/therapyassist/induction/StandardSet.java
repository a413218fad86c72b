package org.therapyassist.induction;

/** The Care Certificate standard sets a service can induct new starters against. */
public enum StandardSet {
    CC2015("2015 set: 15 standards"), CC2025("2025 set: 16 standards");

    private final String title;

    StandardSet(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** What a service uses until it chooses. */
    public static StandardSet defaultSet() {
        return CC2025;
    }
}
