package org.therapyassist.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.Time;

/**
 * NHS style dates and times for templates, in the language of the request: {@code ${@fmt.date(d)}} gives "23 Nov 2026"
 * ("23 Tach 2026" in Welsh), times "2:30pm" ("2:30yh"). Month names come from the JDK's CLDR data for cy.
 */
@Component("fmt")
public class Formats {

    private static final Style ENGLISH = new Style(Languages.ENGLISH);
    private static final Style WELSH = new Style(Languages.WELSH);

    /** A date in messages written in Java: "3 November 2026" ("3 Tachwedd 2026"). */
    public static String day(LocalDate date) {
        return date == null ? "" : style().longDate.format(date);
    }

    /** "30 Nov 2026" in the given language, for dates handed to messages. */
    static String shortDate(LocalDate date, Locale language) {
        return (Languages.isWelsh(language) ? WELSH : ENGLISH).shortDate.format(date);
    }

    public String date(LocalDate date) {
        return date == null ? "" : style().shortDate.format(date);
    }

    public String longDate(LocalDate date) {
        return date == null ? "" : style().longDate.format(date);
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        Style style = style();
        var local = instant.atZone(Time.LONDON);
        return style.shortDate.format(local) + ", " + style.time(local);
    }

    public String time(Instant instant) {
        return instant == null ? "" : style().time(instant.atZone(Time.LONDON));
    }

    /** A whole or decimal number as the language writes it (both use "1,234.5"). */
    public String number(Number n) {
        return n == null
                ? ""
                : String.format(style().locale, n instanceof Double || n instanceof Float
                        ? "%,.1f"
                        : "%,d", n);
    }

    private static Style style() {
        return Languages.isWelsh(LocaleContextHolder.getLocale()) ? WELSH : ENGLISH;
    }

    private static final class Style {

        final Locale locale;
        final DateTimeFormatter shortDate;
        final DateTimeFormatter longDate;
        final DateTimeFormatter time;

        Style(Locale locale) {
            this.locale = locale;
            this.shortDate = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
            this.longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
            this.time = DateTimeFormatter.ofPattern("h:mma", locale);
        }

        /** "2:30pm", "2:30yh": lower case, as the NHS writes times. */
        String time(TemporalAccessor t) {
            return time.format(t).toLowerCase(locale);
        }
    }
}
