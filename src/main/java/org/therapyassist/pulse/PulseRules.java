package org.therapyassist.pulse;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.therapyassist.platform.InvalidInputException;

/** The pulse's rules, free of storage: the smallest group shown, the month an answer counts for, valid scores. */
public final class PulseRules {

    /** Fewer answers than this and a group's results are never shown: with four people, one answer can be guessed. */
    public static final int MINIMUM_GROUP = 5;

    private PulseRules() {
    }

    public static LocalDate monthOf(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    public static void validate(Integer feelValued, Integer wouldRecommend, Integer thinkingOfLeaving) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "feelValued", "how valued you feel", feelValued);
        check(errors, "wouldRecommend", "whether you would recommend working here", wouldRecommend);
        check(errors, "thinkingOfLeaving", "how often you think of leaving", thinkingOfLeaving);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void check(Map<String, String> errors, String field, String what, Integer value) {
        if (value == null || value < 1 || value > 5) {
            errors.put(field, "Choose " + what + ", from 1 to 5");
        }
    }
}
