package org.therapyassist.exercises;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.therapyassist.platform.Pdfs;

/**
 * The printable home exercise sheet ({@code templates/pdf/home-sheet.html}). Large clear type, one exercise to a block
 * that is never split across pages, its drawing, the dose and the safety note, and the team's number on every sheet.
 * The easy-read version uses bigger type and puts one short instruction on each line. The drawings are the same
 * shapes as on the page, rasterised (the stick figures need no SVG renderer).
 */
final class HomeSheetPdf {

    /** One item of the sheet with its drawing as a PNG data URI, or null for a free-text activity. */
    record Item(ProgrammeLine line, String drawing) {
    }

    private HomeSheetPdf() {
    }

    static byte[] render(HomeSheets.Sheet sheet, boolean easyRead) {
        return render(sheet, easyRead, LocaleContextHolder.getLocale());
    }

    static byte[] render(HomeSheets.Sheet sheet, boolean easyRead, Locale language) {
        List<Item> items = sheet.items().stream()
                .map(l -> new Item(l, l.exercise() == null ? null : Figures.pngDataUri(l.exercise().pose())))
                .toList();
        return Pdfs.render("home-sheet", Map.of("sheet", sheet, "easyRead", easyRead, "items", items), language);
    }

    /** Easy read: every sentence on a line of its own. */
    static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=[.!?])\\s+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
