package org.therapyassist.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The one PDF renderer: templates escape what people typed, fail loudly when missing, print A4 with charts. */
class PdfsTest {

    record Doc(String name, LocalDate printedOn, String chart, String image) {
    }

    static final String HOSTILE = "<script>alert('x')</script> & \"Sons\" O'Neil";

    static final String CHART = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"40\" role=\"img\">"
            + "<title>A &amp; B</title><rect x=\"0\" y=\"0\" width=\"100\" height=\"40\" fill=\"#005eb8\"/></svg>";

    static Doc doc(String name) throws Exception {
        BufferedImage pixel = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(pixel, "png", png);
        return new Doc(name, LocalDate.of(2026, 11, 23), CHART,
                "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()));
    }

    @Test
    void markupInAPatientsNamePrintsAsTypedAndNeverBecomesPartOfTheDocument() throws Exception {
        Doc doc = doc(HOSTILE);

        String xhtml = Pdfs.xhtml("renderer-test", Map.of("doc", doc));
        assertThat(xhtml).doesNotContain("<script>").contains("&lt;script&gt;alert(")
                .contains("alt=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Sons&quot; O&#39;Neil\"");

        try (PDDocument pdf = Loader.loadPDF(Pdfs.render("renderer-test", Map.of("doc", doc)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Patient: " + HOSTILE);
        }
    }

    /**
     * H6: the printed name is how a letter or a home sheet is matched to its patient. A name outside Latin-1 (Welsh
     * ŵ and ŷ, Polish, Czech, Turkish, Greek, Cyrillic) must print as typed, in plain and in bold, not as gaps or
     * other letters.
     */
    @Test
    void aNameBeyondLatin1PrintsAsTypedSoTheLetterStillNamesTheRightPatient() throws Exception {
        String name = "Siân Llŷr ap Dŵr, Łukasz Wałęsa, Tomáš Dvořák, Şükrü Öztürk, Ζωή Παπαδοπούλου, Дмитрий Иванов";

        try (PDDocument pdf = Loader.loadPDF(Pdfs.render("renderer-test", Map.of("doc", doc(name))))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Patient: " + name);
        }
    }

    @Test
    void serverDrawnSvgGoesInAsMarkupDatesReadAsOnThePagesAndThePageIsA4() throws Exception {
        Doc doc = doc("Margaret Hollis");

        assertThat(Pdfs.xhtml("renderer-test", Map.of("doc", doc))).contains(CHART, "Printed 23 November 2026");

        try (PDDocument pdf = Loader.loadPDF(Pdfs.render("renderer-test", Map.of("doc", doc)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Patient: Margaret Hollis", "Printed 23 November 2026");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, offset(0.5f));
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, offset(0.5f));
        }
    }

    @Test
    void aMissingTemplateFailsNamingWhereItWasLookedFor() {
        assertThatThrownBy(() -> Pdfs.render("no-such-letter", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("classpath:templates/pdf/no-such-letter.html");
    }

    @Test
    void aTemplateThatIsNotWellFormedFailsInsteadOfPrintingSomethingElse() {
        assertThatThrownBy(() -> Pdfs.render("renderer-test-unclosed", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("renderer-test-unclosed");
    }
}
