package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No table on a page is cut off on a 360 px phone: each is either an NHS.UK responsive table (rows become cards) or
 * sits in a scroll region with the "scroll sideways" cue just above it. PDFs are paper, and are left out.
 */
class TablesOnPhonesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void everyTableIsCardsOnAPhoneOrScrollsWithACue() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String where = TEMPLATES.relativize(template).toString();
            for (Element table : Jsoup.parse(Files.readString(template), "", Parser.xmlParser()).select("table")) {
                if (table.hasClass("nhsuk-table--responsive")) {
                    continue;
                }
                Element region = table.parent();
                boolean scrolls = region != null
                        && (region.hasClass("ta-table-scroll") || region.hasClass("ta-grid-scroll"));
                Element before = scrolls ? region.previousElementSibling() : null;
                boolean cued = before != null && before.attr("th:replace").contains("scrollCue");
                if (!scrolls || !cued) {
                    problems.add(where + ": table " + table.attr("data-testid")
                            + (scrolls
                                    ? " has no scrollCue above its region"
                                    : " is neither responsive nor in a scroll region"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html") && !p.startsWith(TEMPLATES.resolve("pdf")))
                    .sorted().toList();
        }
    }
}
