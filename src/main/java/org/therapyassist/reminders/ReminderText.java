package org.therapyassist.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates in reminder messages, NHS style: 23 Nov 2026. A reminder's sentence is written by the daily job, which has no
 * reader, and is stored with the reminder (and returned by the API as it was raised), so it stays in English; the words
 * around it on a page (group, headline, tags, buttons) follow the reader's language from i18n/reminders and i18n/inbox.
 */
final class ReminderText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private ReminderText() {
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }
}
