package org.therapyassist.competence;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Pdfs;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.platform.web.Messages;

/**
 * The readable copy of a competency passport, as a PDF ({@code templates/pdf/passport.html}). It carries the key id
 * and signature so a reader can match it to the signed file; the PDF itself is for people, the JSON file is what
 * another service verifies.
 */
public final class PassportPdf {

    /** The passport as printed: issued on a day in London, each sign-off with how it was assessed in words. */
    record Passport(Passports.Content content, LocalDate issuedOn, List<Competency> competencies,
            Passports.SignedPassport signed, String format) {
    }

    record Competency(Passports.CompetencyEntry entry, String method) {
    }

    private PassportPdf() {
    }

    /** In the reader's language. */
    public static byte[] render(Passports.Content content, Passports.SignedPassport signed) {
        return render(content, signed, LocaleContextHolder.getLocale());
    }

    /** In a chosen language (en-GB or cy): the holder prints it for a service that reads the other language. */
    public static byte[] render(Passports.Content content, Passports.SignedPassport signed, Locale language) {
        List<Competency> competencies = content.competencies().stream()
                .map(c -> new Competency(c, method(c.method(), language))).toList();
        LocalDate issuedOn = content.issuedAt().atZone(Time.LONDON).toLocalDate();
        return Pdfs.render("passport",
                Map.of("passport", new Passport(content, issuedOn, competencies, signed, Passports.FORMAT)), language);
    }

    private static String method(String method, Locale language) {
        return method == null
                ? ""
                : Messages.text(language, "competence.method." + SignOffMethod.valueOf(method).name())
                        .toLowerCase(language);
    }

    /**
     * The language asked for with {@code lang} ("en-GB" or "cy"), or the reader's own when none is given; any other
     * value is bad input, not a silent English copy.
     */
    public static Locale language(String lang) {
        if (lang == null || lang.isBlank()) {
            return Languages.normalise(LocaleContextHolder.getLocale());
        }
        return Languages.fromTag(lang).orElseThrow(() -> new InvalidInputException(
                Map.of("lang", Messages.text("competence.passport.lang.unknown"))));
    }
}
