package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {

    private final Formats fmt = new Formats();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void datesAndTimesAreWrittenTheNhsWayInEnglish() {
        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(fmt.longDate(LocalDate.of(2026, 11, 3))).isEqualTo("3 November 2026");
        assertThat(fmt.date(LocalDate.of(2026, 11, 3))).isEqualTo("3 Nov 2026");
        assertThat(fmt.time(Instant.parse("2026-07-01T13:30:00Z"))).isEqualTo("2:30pm");
    }

    @Test
    void datesAndTimesAreWrittenInWelshForAWelshReader() {
        LocaleContextHolder.setLocale(Languages.WELSH);
        assertThat(fmt.longDate(LocalDate.of(2026, 11, 3))).isEqualTo("3 Tachwedd 2026");
        assertThat(Formats.day(LocalDate.of(2026, 12, 25))).isEqualTo("25 Rhagfyr 2026");
        assertThat(fmt.time(Instant.parse("2026-07-01T13:30:00Z"))).isEqualTo("2:30yh");
        assertThat(fmt.number(1234567)).isEqualTo("1,234,567");
    }

    @Test
    void onlyTheTwoLanguagesAreSpokenAndAnythingElseIsEnglish() {
        assertThat(Languages.fromTag("CY")).contains(Languages.WELSH);
        assertThat(Languages.fromTag("en-US")).contains(Languages.ENGLISH);
        assertThat(Languages.fromTag("fr")).isEmpty();
        assertThat(Languages.fromTag("x".repeat(50))).isEmpty();
        assertThat(Languages.normalise(Locale.FRANCE)).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void aPhoneNumberDialsWithOneTapWhereverItIsWritten() {
        assertThat(fmt.telLink("01632 960 123")).isEqualTo("tel:01632960123");
        assertThat(fmt.telLink("+44 (0)1632 960123")).isEqualTo("tel:+441632960123");
        assertThat(fmt.telLink(" - ")).isNull();
        assertThat(fmt.withPhoneLinks("Bleep 4412 or ring 01632 960 111; key safe 1234, daughter +44 7700 900123."))
                .containsExactly(new Formats.TextPart("Bleep 4412 or ring ", null),
                        new Formats.TextPart("01632 960 111", "tel:01632960111"),
                        new Formats.TextPart("; key safe 1234, daughter ", null),
                        new Formats.TextPart("+44 7700 900123", "tel:+447700900123"),
                        new Formats.TextPart(".", null));
        assertThat(fmt.withPhoneLinks(null)).isEmpty();
    }
}
