package org.therapyassist.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.web.Languages;

/** The printed sheet without a database: what the patient reads, in both versions, and a picture for review. */
class HomeSheetPdfTest {

    static HomeSheets.Sheet sheet() {
        Exercise sts = new Exercise(UUID.randomUUID(), false, "sit-to-stand", "Sit to stand", BodyRegion.KNEE,
                ExerciseCategory.FUNCTIONAL_TASK, "sit-to-stand", "Sit near the front of a firm chair with arms.",
                List.of("Lean forward so your nose is over your toes.", "Push up through your legs to stand tall."),
                "Use your hands on the chair arms if you need to. Stop if you feel dizzy.", 2, 8, null, "Twice a day");
        Exercise heel = new Exercise(UUID.randomUUID(), false, "heel-raise", "Heel raises", BodyRegion.ANKLE_AND_FOOT,
                ExerciseCategory.STRENGTH, "stand-toes", "Stand tall holding the back of a steady chair.",
                List.of("Rise up onto your toes.", "Lower your heels slowly."),
                "Keep your knees straight but not locked.",
                2, 10, 2, "Once a day");
        UUID episode = UUID.randomUUID();
        return new HomeSheets.Sheet(episode, UUID.randomUUID(), "Margaret Hollis", "Community rehab", "01632 960 303",
                "Priya Raman", LocalDate.of(2026, 11, 24), List.of(
                        new ProgrammeLine(UUID.randomUUID(), episode, 1, "Sit to stand", sts, 3, 8, null, "Twice a day",
                                3, 12,
                                null, null, "Use the kitchen chair with arms.", 0),
                        new ProgrammeLine(UUID.randomUUID(), episode, 2, "Heel raises", heel, 2, 10, 2, "Once a day",
                                null, null,
                                null, null, null, 0),
                        new ProgrammeLine(UUID.randomUUID(), episode, 3, "Walk to the post box with a carer", null,
                                null, null,
                                null, "Every day", null, null, null, null, null, 0)));
    }

    @Test
    void theSheetHasEachExerciseWithItsDoseStepsSafetyNoteAndTheTeamsNumber() throws Exception {
        byte[] pdf = HomeSheetPdf.render(sheet(), false);
        String text = PdfText.of(pdf);
        assertThat(text).contains("Your home exercises", "Margaret Hollis", "01632 960 303", "Community rehab",
                "1. Sit to stand", "3 sets of 8 times, twice a day", "Lean forward so your nose is over your toes.",
                "Stop if you feel dizzy.", "Use the kitchen chair with arms.", "2. Heel raises",
                "2 sets of 10 times, hold 2 seconds, once a day", "3. Walk to the post box with a carer",
                "24 November 2026");
        picture(pdf, "home-sheet.png");
    }

    @Test
    void aWelshSpeakingPatientsSheetPrintsInWelshWhateverTheReadersLanguage() throws Exception {
        String text = PdfText.of(HomeSheetPdf.render(sheet(), false, Languages.WELSH));
        assertThat(text).contains("Eich ymarferion cartref", "Margaret Hollis", "01632 960 303",
                "Os oes gennych gwestiynau, ffoniwch dîm Community rehab:", "3 set o 8 gwaith, twice a day",
                "2 set o 10 gwaith, dal am 2 eiliad, once a day", "Diogelwch:", "Argraffwyd 24 Tachwedd 2026",
                "Mewn argyfwng ffoniwch 999.").doesNotContain("Your home exercises", "sets of", "Printed");
        String easy = PdfText.of(HomeSheetPdf.render(sheet(), true, Languages.WELSH));
        assertThat(easy).contains("Fy ymarferion", "Cwestiynau? Ffoniwch ni:", "Cymerwch ofal:",
                "Stopiwch os yw'n brifo llawer.");
        // The English sheet is unchanged by a Welsh one printed before it.
        assertThat(PdfText.of(HomeSheetPdf.render(sheet(), false, Languages.ENGLISH))).contains("Your home exercises",
                "3 sets of 8 times, twice a day");
    }

    @Test
    void theEasyReadSheetPutsOneShortInstructionOnEachLine() throws Exception {
        byte[] pdf = HomeSheetPdf.render(sheet(), true);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String raw = new PDFTextStripper().getText(doc);
            assertThat(raw).contains("My exercises", "Questions? Ring us:");
            assertThat(raw.lines().map(String::strip)).contains("Use your hands on the chair arms if you need to.",
                    "Stop if you feel dizzy.", "Rise up onto your toes.");
        }
        picture(pdf, "home-sheet-easy-read.png");
    }

    static void picture(byte[] pdf, String name) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 60), "png", dir.resolve(name).toFile());
        }
    }

    @Test
    void easyReadLinesOnThePageAreTheSameShortSentences() {
        Exercise sts = sheet().items().getFirst().exercise();
        assertThat(sts.easyReadLines()).startsWith("Sit near the front of a firm chair with arms.",
                "Lean forward so your nose is over your toes.");
        assertThat(sts.easyReadSafety()).containsExactly("Use your hands on the chair arms if you need to.",
                "Stop if you feel dizzy.");
    }
}
