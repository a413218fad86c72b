package org.therapyassist.exercises;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The printable home exercise sheet. Large clear type, one exercise to a block that is never split across pages,
 * its drawing, the dose and the safety note, and the team's number on every sheet. The easy-read version uses
 * bigger type and puts one short instruction on each line. The drawings are the same shapes as on the page,
 * rasterised (openhtmltopdf draws SVG only with the Batik plugin, which we do not need for stick figures).
 */
final class HomeSheetPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private HomeSheetPdf() {
    }

    static byte[] render(HomeSheets.Sheet sheet, boolean easyRead) {
        int base = easyRead ? 20 : 14;
        StringBuilder html = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>Your exercises</title><style>")
                .append("@page { size: A4; margin: 16mm 14mm; }")
                .append("body { font-family: sans-serif; font-size: ").append(base).append("pt; color: #212b32; line-height: 1.35; }")
                .append("h1 { font-size: ").append(base + 12).append("pt; color: #005eb8; margin: 0 0 6pt 0; }")
                .append("h2 { font-size: ").append(base + 4).append("pt; margin: 0 0 6pt 0; }")
                .append(".block { page-break-inside: avoid; border: 2pt solid #005eb8; padding: 8pt; margin-bottom: 10pt; }")
                .append(".figure { float: right; width: ").append(easyRead ? 150 : 120).append("pt; height: ")
                .append(easyRead ? 150 : 120).append("pt; margin-left: 8pt; }")
                .append(".dose { font-weight: bold; }")
                .append(".safety { border-left: 5pt solid #ffb81c; padding-left: 6pt; margin-top: 6pt; }")
                .append(".contact { border: 2pt solid #212b32; padding: 8pt; margin-bottom: 12pt; }")
                .append("ol { padding-left: 18pt; margin: 4pt 0; } p { margin: 4pt 0; }")
                .append(".line { margin: 0 0 4pt 0; } .clear { clear: both; }")
                .append("</style></head><body>");
        html.append("<h1>").append(easyRead ? "My exercises" : "Your home exercises").append("</h1>");
        html.append("<p><strong>").append(esc(sheet.patientName())).append("</strong></p>");
        html.append("<div class=\"contact\"><p>").append(easyRead ? "Questions? Ring us:" : "If you have questions, ring the ")
                .append(easyRead ? "" : esc(sheet.teamName()) + " team:").append("</p><p><strong>")
                .append(esc(sheet.contactPhone() == null ? "the number on your appointment letter" : sheet.contactPhone()))
                .append("</strong></p><p>").append(easyRead ? "Team: " + esc(sheet.teamName()) + "<br/>" : "")
                .append(easyRead ? "Your therapist: " : "Your therapist is ").append(esc(sheet.therapistName()))
                .append(easyRead ? "" : ".").append(" ").append(easyRead ? "<br/>" : "")
                .append("Printed ").append(DATE.format(sheet.printedOn())).append("</p></div>");
        if (sheet.items().isEmpty()) {
            html.append("<p>There are no exercises on your programme yet.</p>");
        }
        int n = 1;
        for (ProgrammeLine item : sheet.items()) {
            html.append("<div class=\"block\">");
            if (item.exercise() != null) {
                html.append("<img class=\"figure\" alt=\"").append(esc("Drawing: " + item.exercise().name()))
                        .append("\" src=\"").append(Figures.pngDataUri(item.exercise().pose())).append("\"/>");
            }
            html.append("<h2>").append(n++).append(". ").append(esc(item.activity())).append("</h2>");
            html.append("<p class=\"dose\">").append(esc(item.dose())).append("</p>");
            Exercise e = item.exercise();
            if (e != null) {
                if (easyRead) {
                    lines(html, List.of(e.startingPosition()));
                    lines(html, e.steps());
                } else {
                    html.append("<p><strong>Start:</strong> ").append(esc(e.startingPosition())).append("</p><ol>");
                    e.steps().forEach(s -> html.append("<li>").append(esc(s)).append("</li>"));
                    html.append("</ol>");
                }
            }
            if (item.note() != null) {
                html.append("<p>").append(esc(item.note())).append("</p>");
            }
            if (e != null) {
                html.append("<div class=\"safety\"><strong>").append(easyRead ? "Take care:" : "Safety:").append("</strong>");
                if (easyRead) {
                    lines(html, List.of(e.safety()));
                } else {
                    html.append(" ").append(esc(e.safety()));
                }
                html.append("</div>");
            }
            html.append("<div class=\"clear\"></div></div>");
        }
        html.append("<p>").append(easyRead ? "Stop if it hurts a lot.<br/>Stop if you feel unwell.<br/>Ring us if you are worried."
                : "Stop and ring us if an exercise causes pain that lasts, or if you feel unwell. In an emergency call 999.")
                .append("</p></body></html>");
        return org.therapyassist.platform.Pdfs.fromXhtml(html.toString());
    }

    /** Easy read: every sentence on a line of its own. */
    static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=[.!?])\\s+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void lines(StringBuilder html, List<String> texts) {
        for (String text : texts) {
            for (String s : sentences(text)) {
                html.append("<p class=\"line\">").append(esc(s)).append("</p>");
            }
        }
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
