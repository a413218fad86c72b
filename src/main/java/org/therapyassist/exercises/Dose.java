package org.therapyassist.exercises;

import java.util.Locale;

/** How a dose reads to a person: "2 sets of 10, hold 5 seconds, twice a day". */
public final class Dose {

    private Dose() {
    }

    public static String describe(Integer sets, Integer repetitions, Integer holdSeconds, String frequency) {
        StringBuilder b = new StringBuilder();
        if (sets != null) {
            b.append(sets).append(sets == 1 ? " set" : " sets");
        }
        if (repetitions != null) {
            b.append(b.isEmpty() ? "" : " of ").append(repetitions).append(repetitions == 1 ? " time" : " times");
        }
        if (holdSeconds != null) {
            b.append(b.isEmpty() ? "Hold " : ", hold ").append(holdSeconds)
                    .append(holdSeconds == 1 ? " second" : " seconds");
        }
        if (frequency != null && !frequency.isBlank()) {
            if (!b.isEmpty()) {
                b.append(", ").append(frequency.substring(0, 1).toLowerCase(Locale.UK))
                        .append(frequency.substring(1));
            } else {
                b.append(frequency);
            }
        }
        return b.toString();
    }
}
