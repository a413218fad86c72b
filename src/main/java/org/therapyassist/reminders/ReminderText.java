package org.therapyassist.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in reminder messages, NHS style: 23 Nov 2026. */
final class ReminderText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private ReminderText() {
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }
}
