package org.therapyassist.outcomes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A patient's progress on paper: every outcome measure's chart with its interpretation bands and a table of the
 * results, and goal attainment, for the MDT meeting, the patient or the GP. The charts are the same server-drawn SVG
 * as on the page (Batik draws them into the PDF), so print and screen never disagree.
 */
final class ProgressReportPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private ProgressReportPdf() {
    }

    static byte[] render(String patientName, String nhsNumber, LocalDate dateOfBirth, LocalDate printedOn,
            PatientOutcomes.Section section) {
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Progress report</title><style>
                @page { size: A4; margin: 16mm; }
                body { font-family: sans-serif; font-size: 11pt; color: #212b32; }
                h1 { font-size: 20pt; color: #005eb8; margin-bottom: 2pt; }
                h2 { font-size: 14pt; margin-top: 12pt; border-bottom: 1pt solid #005eb8; }
                .measure { page-break-inside: avoid; }
                svg { width: 170mm; }
                table { width: 100%; border-collapse: collapse; }
                th, td { text-align: left; padding: 2pt 3pt; border-bottom: 0.5pt solid #d8dde0; font-size: 9.5pt; }
                .small { font-size: 9pt; color: #4c6272; }
                </style></head><body>
                """);
        html.append("<h1>Progress report</h1>");
        html.append("<p><strong>").append(esc(patientName)).append("</strong>, NHS number ").append(esc(nhsNumber))
                .append(", born ").append(DATE.format(dateOfBirth)).append("<br/>Printed ").append(DATE.format(printedOn))
                .append("</p>");
        if (section.measures().isEmpty()) {
            html.append("<p>No outcome measures recorded.</p>");
        }
        for (PatientOutcomes.MeasureSeries s : section.measures()) {
            html.append("<div class=\"measure\"><h2>").append(esc(s.measure().name())).append("</h2>");
            html.append("<p>Latest ").append(esc(s.latest().scoreText()))
                    .append(s.latest().interpretation() == null ? "" : " – " + esc(s.latest().interpretation()))
                    .append(" (").append(DATE.format(s.latest().effectiveOn())).append(")")
                    .append(s.change() == null ? "" : ". " + esc(s.change())).append(".</p>");
            html.append(xml(s.chartSvg()));
            html.append("<table><thead><tr><th>Date</th><th>Result</th><th>Reading</th><th>By</th></tr></thead><tbody>");
            for (MeasureResult r : s.newestFirst()) {
                html.append("<tr><td>").append(DATE.format(r.effectiveOn())).append("</td><td>").append(esc(r.scoreText()))
                        .append("</td><td>").append(esc(r.interpretation() == null ? "" : r.interpretation()))
                        .append("</td><td>").append(esc(r.performerName())).append(r.bySupportWorker() ? " (support worker)" : "")
                        .append("</td></tr>");
            }
            html.append("</tbody></table></div>");
        }
        if (section.goals().chartSvg() != null) {
            html.append("<div class=\"measure\"><h2>Goal attainment</h2>").append(xml(section.goals().chartSvg()));
            section.goals().attainment().stream().filter(a -> a.tScore() != null).forEach(a -> html.append("<p>GAS T-score ")
                    .append(a.tScore().toPlainString()).append(" across ").append(a.goalsReviewed()).append(" reviewed goals (50 = as expected).</p>"));
            html.append("</div>");
        }
        html.append("<p class=\"small\">Measures recorded by support workers are marked. Bands are the measures' published "
                + "interpretation; read them with the clinical picture.</p>");
        html.append("</body></html>");
        return org.therapyassist.platform.Pdfs.fromXhtml(html.toString());
    }

    /** The chart's SVG as XHTML content: it is already well-formed XML with every text escaped by the chart. */
    private static String xml(String svg) {
        return svg == null ? "" : svg;
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
