package org.therapyassist.discharge;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;
import org.therapyassist.patients.NhsNumber;
import org.therapyassist.platform.Time;

/** The discharge letter for the GP and the patient, from a signed summary: plain words, large enough to read. */
public final class DischargeLetterPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DischargeLetterPdf() {
    }

    public static byte[] render(DischargeSummary s) {
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Discharge letter</title><style>
                body { font-family: sans-serif; font-size: 12pt; color: #212b32; }
                h1 { font-size: 20pt; color: #005eb8; margin-bottom: 2pt; }
                h2 { font-size: 14pt; margin-top: 14pt; border-bottom: 1pt solid #005eb8; }
                table { width: 100%; border-collapse: collapse; }
                th, td { text-align: left; vertical-align: top; padding: 3pt; border-bottom: 0.5pt solid #d8dde0; font-size: 10.5pt; }
                .small { font-size: 9pt; color: #4c6272; }
                </style></head><body>
                """);
        html.append("<h1>Discharge letter</h1>");
        html.append("<p>").append(esc(s.teamName())).append(", therapy services</p>");
        html.append("<p>To: ").append(esc(s.gpName() == null ? "the patient's GP" : s.gpName())).append(", and the patient</p>");
        html.append("<p><strong>").append(esc(s.patientName())).append("</strong>, NHS number ")
                .append(esc(NhsNumber.of(s.nhsNumber()).formatted())).append(", born ").append(date(s.dateOfBirth()))
                .append("<br/>").append(esc(s.address())).append(", ").append(esc(s.postcode())).append("</p>");
        html.append("<p>Seen from ").append(date(s.openedOn())).append(" to ").append(date(s.closedOn()))
                .append(" for: ").append(esc(s.referralReason())).append("</p>");
        html.append("<h2>Goals</h2>");
        table(html, List.of("Goal", "Outcome"), s.outcomes().goals(), g -> List.of(g.label(), nz(g.result())));
        html.append("<h2>Measures, first and last</h2>");
        table(html, List.of("Measure", "First", "Last", "Change"), s.outcomes().measures(),
                m -> List.of(m.label(), nz(m.first()), nz(m.last()), nz(m.result())));
        html.append("<h2>Equipment at home</h2>");
        table(html, List.of("Item", "What happens to it", "Note"), s.equipment(),
                e -> List.of(e.itemName(), e.plan() == null ? "" : e.plan().title(), nz(e.note())));
        html.append("<h2>Advice given</h2><p>").append(esc(s.adviceGiven())).append("</p>");
        html.append("<h2>Follow-up</h2><p>").append(esc(s.followUp())).append("</p>");
        html.append("<h2>What was agreed</h2>");
        table(html, List.of("With", "Date", "Who took part", "Agreed"), s.discussions(),
                d -> List.of(d.kind().title(), date(d.heldOn()), d.participants(), d.agreed()));
        if (!s.amendments().isEmpty()) {
            html.append("<h2>Amendments</h2>");
            table(html, List.of("Date", "By", "Reason", "Amendment"), s.amendments(),
                    a -> List.of(date(a.createdAt().atZone(Time.LONDON).toLocalDate()), a.authorName(), a.reason(), a.text()));
        }
        html.append("<p>Signed by ").append(esc(s.signedByName())).append(" on ")
                .append(s.signedAt() == null ? "" : date(s.signedAt().atZone(Time.LONDON).toLocalDate()))
                .append(". Lead therapist: ").append(esc(s.leadTherapistName())).append(".</p>");
        html.append("<p class=\"small\">If things get worse or you are worried, contact your GP or the team that saw you.</p>");
        html.append("</body></html>");
        return org.therapyassist.platform.Pdfs.fromXhtml(html.toString());
    }

    private static <T> void table(StringBuilder html, List<String> headings, List<T> rows, Function<T, List<String>> cells) {
        if (rows.isEmpty()) {
            html.append("<p>None recorded.</p>");
            return;
        }
        html.append("<table><thead><tr>");
        headings.forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (T row : rows) {
            html.append("<tr>");
            cells.apply(row).forEach(c -> html.append("<td>").append(esc(c)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
