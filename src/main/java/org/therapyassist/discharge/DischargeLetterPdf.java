package org.therapyassist.discharge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.therapyassist.patients.NhsNumber;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Pdfs;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.platform.web.Messages;

/**
 * The discharge letter for the GP and the patient, from a signed summary: plain words, large enough to read
 * ({@code templates/pdf/discharge-letter.html}).
 */
public final class DischargeLetterPdf {

    /** The summary with what the letter shows differently: the NHS number as people read it, days in London. */
    record Letter(DischargeSummary summary, String nhsNumber, LocalDate signedOn, List<Amendment> amendments) {
    }

    record Amendment(LocalDate madeOn, DischargeSummary.Amendment amendment) {
    }

    private DischargeLetterPdf() {
    }

    /**
     * The language a letter is asked for in ({@code lang=en-GB|cy}); none given is the reader's own. A patient may
     * read Welsh when the therapist does not, so the page offers both.
     */
    public static Locale language(String lang) {
        if (lang == null || lang.isBlank()) {
            return Languages.normalise(LocaleContextHolder.getLocale());
        }
        return Languages.fromTag(lang).orElseThrow(() -> new InvalidInputException(
                Map.of("lang", Messages.text("discharge.refusal.lang"))));
    }

    /** The letter in the chosen language: its words, dates and the equipment plans; the typed text stays as typed. */
    public static byte[] render(DischargeSummary s, Locale language) {
        List<Amendment> amendments = s.amendments().stream().map(a -> new Amendment(day(a.createdAt()), a)).toList();
        Letter letter = new Letter(s, NhsNumber.of(s.nhsNumber()).formatted(), day(s.signedAt()), amendments);
        return Pdfs.render("discharge-letter", Map.of("letter", letter), language);
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(Time.LONDON).toLocalDate();
    }
}
