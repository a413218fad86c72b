package org.therapyassist.exercises;

import org.therapyassist.careplans.DoseWording;

/** How a dose reads to a person: "2 sets of 10 times, hold 5 seconds, twice a day" ({@link DoseWording}). */
public final class Dose {

    private Dose() {
    }

    public static String describe(Integer sets, Integer repetitions, Integer holdSeconds, String frequency) {
        return DoseWording.describe(sets, repetitions, holdSeconds, frequency);
    }
}
