package org.therapyassist.careplans;

import java.util.Locale;
import org.therapyassist.platform.web.Messages;

/**
 * How a prescribed dose reads, the one wording for the patient page, the session form, the programme and the home
 * sheet: "2 sets of 10 times, hold 5 seconds, twice a day".
 */
public final class DoseWording {

    private DoseWording() {
    }

    public static String describe(Integer sets, Integer repetitions, Integer holdSeconds, String frequency) {
        String b = "";
        if (sets != null) {
            b = Messages.text("exercises.dose.sets", sets);
        }
        if (repetitions != null) {
            String times = Messages.text("exercises.dose.times", repetitions);
            b = b.isEmpty() ? times : Messages.text("exercises.dose.of", b, times);
        }
        if (holdSeconds != null) {
            String seconds = Messages.text("exercises.dose.seconds", holdSeconds);
            b = b.isEmpty()
                    ? Messages.text("exercises.dose.hold", seconds)
                    : Messages.text("exercises.dose.then-hold", b, seconds);
        }
        if (frequency != null && !frequency.isBlank()) {
            if (!b.isEmpty()) {
                b = Messages.text("exercises.dose.then-frequency", b,
                        frequency.substring(0, 1).toLowerCase(Locale.UK) + frequency.substring(1));
            } else {
                b = frequency;
            }
        }
        return b;
    }
}
