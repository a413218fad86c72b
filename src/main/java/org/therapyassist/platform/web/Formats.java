package org.therapyassist.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.Time;

/** NHS style dates and times for templates: {@code ${@fmt.date(d)}} gives "23 Nov 2026", times "2:30pm". */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    /** A date in messages written in Java: "3 November 2026". */
    public static String day(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    public String date(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    public String longDate(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(Time.LONDON);
        return SHORT.format(local) + ", " + TIME.format(local).toLowerCase(Locale.UK);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(Time.LONDON)).toLowerCase(Locale.UK);
    }
}
