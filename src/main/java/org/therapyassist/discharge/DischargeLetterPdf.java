package org.therapyassist.discharge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.therapyassist.patients.NhsNumber;
import org.therapyassist.platform.Pdfs;
import org.therapyassist.platform.Time;

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

    public static byte[] render(DischargeSummary s) {
        List<Amendment> amendments = s.amendments().stream().map(a -> new Amendment(day(a.createdAt()), a)).toList();
        Letter letter = new Letter(s, NhsNumber.of(s.nhsNumber()).formatted(), day(s.signedAt()), amendments);
        return Pdfs.render("discharge-letter", Map.of("letter", letter));
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(Time.LONDON).toLocalDate();
    }
}
