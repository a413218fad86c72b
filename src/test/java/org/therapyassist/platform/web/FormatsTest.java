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
}
