package org.therapyassist.patients;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A date of birth typed into a search box, the ways people write one: 12/03/1941, 12-3-1941, 12.03.1941, 12 Mar 1941,
 * 12 March 1941, 1941-03-12. Day before month, as in the UK; a two-digit year is not a date of birth (1941 or 2041?)
 * and neither is a day that does not exist.
 */
final class BirthDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu"), strict("uuuu-M-d"),
            strict("d MMM uuuu"), strict("d MMMM uuuu"),
            // British English abbreviates September as "Sept"; people also type "Sep".
            strict("d MMM uuuu").withLocale(Locale.US));

    private BirthDates() {
    }

    static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() < 8 || t.length() > 20 || !Character.isDigit(t.charAt(0))) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(t, format));
            } catch (DateTimeParseException e) {
                // Not written this way; try the next.
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
