package org.therapyassist.competence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;
import org.therapyassist.training.Qualifications;
import org.therapyassist.training.Training;

/**
 * The readable copy of a competency passport, as a PDF. It carries the key id and signature so a reader can match it
 * to the signed file; the PDF itself is for people, the JSON file is what another service verifies.
 */
public final class PassportPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PassportPdf() {
    }

    public static byte[] render(Passports.Content content, Passports.SignedPassport signed) {
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Competency passport</title><style>
                body { font-family: sans-serif; font-size: 11pt; color: #212b32; }
                h1 { font-size: 20pt; color: #005eb8; margin-bottom: 2pt; }
                h2 { font-size: 14pt; margin-top: 16pt; border-bottom: 1pt solid #005eb8; }
                table { width: 100%; border-collapse: collapse; }
                th, td { text-align: left; vertical-align: top; padding: 3pt; border-bottom: 0.5pt solid #d8dde0; font-size: 9.5pt; }
                .small { font-size: 8pt; color: #4c6272; word-wrap: break-word; }
                </style></head><body>
                """);
        Passports.Holder holder = content.holder();
        html.append("<h1>Competency passport</h1>");
        html.append("<p><strong>").append(esc(holder.givenName() + " " + holder.familyName())).append("</strong>, ")
                .append(esc(holder.jobTitle())).append(", band ").append(holder.band()).append("</p>");
        html.append("<p>Issued by ").append(esc(content.issuer().organisation()))
                .append(content.issuer().odsCode() == null ? "" : " (" + esc(content.issuer().odsCode()) + ")")
                .append(" on ").append(DATE.format(content.issuedAt().atZone(ZoneId.of("Europe/London")))).append(".</p>");
        html.append("<h2>Competencies signed off and in date</h2>");
        table(html, List.of("Competency", "Signed off", "Expires", "Assessor"), content.competencies(), c -> List.of(
                c.code() + " " + c.title(), date(c.signedOn()) + " (" + method(c.method()) + ")", date(c.expiresOn()),
                c.assessor() + (c.assessorRegistration() == null ? "" : ", HCPC " + c.assessorRegistration())));
        html.append("<h2>Training</h2>");
        table(html, List.of("Course", "Completed", "Expires", "Provider"), content.training(), t -> List.of(
                t.course(), date(t.completedOn()), date(t.expiresOn()), t.provider() == null ? "" : t.provider()));
        html.append("<h2>Qualifications</h2>");
        table(html, List.of("Qualification", "Status", "Achieved", "Awarding body"), content.qualifications(), q -> List.of(
                q.qualification(), "ACHIEVED".equals(q.status()) ? "Achieved" : "In progress", date(q.achievedOn()),
                q.awardingBody() == null ? "" : q.awardingBody()));
        html.append("<p class=\"small\">This is the readable copy. The signed file (")
                .append(esc(Passports.FORMAT)).append(") is what another service checks. Key id ")
                .append(esc(signed.keyId())).append("; signature ").append(esc(signed.signature())).append("</p>");
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

    private static String method(String method) {
        return method == null ? "" : SignOffMethod.valueOf(method).title().toLowerCase(Locale.UK);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
