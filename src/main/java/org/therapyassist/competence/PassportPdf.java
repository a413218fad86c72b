package org.therapyassist.competence;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.therapyassist.platform.Pdfs;
import org.therapyassist.platform.Time;

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

    public static byte[] render(Passports.Content content, Passports.SignedPassport signed) {
        List<Competency> competencies = content.competencies().stream()
                .map(c -> new Competency(c, method(c.method()))).toList();
        LocalDate issuedOn = content.issuedAt().atZone(Time.LONDON).toLocalDate();
        return Pdfs.render("passport",
                Map.of("passport", new Passport(content, issuedOn, competencies, signed, Passports.FORMAT)));
    }

    private static String method(String method) {
        return method == null ? "" : SignOffMethod.valueOf(method).title().toLowerCase(Locale.UK);
    }
}
