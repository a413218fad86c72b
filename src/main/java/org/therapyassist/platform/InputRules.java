package org.therapyassist.platform;

import java.time.LocalDate;

/**
 * What every piece of text and every date coming in must satisfy, whatever the form or API operation: no control
 * characters (a NUL byte cannot be stored and would otherwise surface as a database error) and no date outside the
 * years a clinical record can mean (a year −1 birth date or a return date of "infinity" is a typing slip, not a plan).
 */
public final class InputRules {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    public static final String DATE_RANGE = "must be a real date between 1 January 1900 and 31 December 2200";
    public static final String CONTROL_CHARACTERS = "must not contain control characters";

    private InputRules() {
    }

    public static boolean dateInRange(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
    }

    /** True when the text holds a character below space other than tab, line feed or carriage return (or DEL). */
    public static boolean hasControlCharacters(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
