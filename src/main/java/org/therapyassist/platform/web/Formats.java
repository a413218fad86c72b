package org.therapyassist.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.Time;

/**
 * NHS style dates and times for templates, in the language of the request: {@code ${@fmt.date(d)}} gives "23 Nov 2026"
 * ("23 Tach 2026" in Welsh), times "2:30pm" ("2:30yh"). Month names come from the JDK's CLDR data for cy.
 */
@Component("fmt")
public class Formats {

    /** 0 or +44 and then 9 or 10 more digits, with spaces or hyphens between: a UK number, not a 4-digit code. */
    private static final Pattern UK_PHONE = Pattern
            .compile("(?<![\\d+])(?:\\+44\\s?(?:\\(0\\)\\s?)?|0)(?:\\d[\\s-]?){8,9}\\d(?!\\d)");
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

    /**
     * A {@code tel:} link for a phone number as typed ("01632 960 123" gives "tel:01632960123"), so a phone dials it
     * with one tap; null when there is no number to dial.
     */
    public String telLink(String phone) {
        if (phone == null) {
            return null;
        }
        // "+44 (0)1632 …": the 0 in brackets is dialled only from inside the UK, never after +44.
        String digits = phone.replace("(0)", "").replaceAll("[^0-9+]", "");
        return digits.replace("+", "").isEmpty() ? null : "tel:" + digits;
    }

    /** A piece of free text, with the link that dials it when the piece is a phone number. */
    public record TextPart(String text, String link) {
    }

    /**
     * Free text (how to reach the registrant, a visit's contact instructions) cut into pieces so that each UK phone
     * number in it ("01632 960 123", "+44 7700 900123") can be a tel: link; other digits (a key safe code) stay text.
     */
    public List<TextPart> withPhoneLinks(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<TextPart> parts = new ArrayList<>();
        Matcher m = UK_PHONE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new TextPart(text.substring(at, m.start()), null));
            }
            parts.add(new TextPart(m.group(), telLink(m.group())));
            at = m.end();
        }
        if (at < text.length()) {
            parts.add(new TextPart(text.substring(at), null));
        }
        return parts;
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
