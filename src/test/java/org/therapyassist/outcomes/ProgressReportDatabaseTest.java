package org.therapyassist.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.DomainException;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class ProgressReportDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    MeasureResults results;
    @Autowired
    PatientOutcomes outcomes;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theProgressReportPrintsEachMeasuresChartAndResultsAndIsAudited() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        results.record(pt, episode.patientId(), new MeasureResults.NewResult("TUG", episode.id(), null,
                fixtures.today().minusDays(28), List.of(new BigDecimal("19.5")), null, null, null));
        results.record(pt, episode.patientId(), new MeasureResults.NewResult("TUG", episode.id(), null,
                fixtures.today(), List.of(new BigDecimal("11.2")), null, null, null));
        long auditedBefore = jdbc.sql("select count(*) from audit_event where patient_id = ?")
                .param(episode.patientId())
                .query(Long.class).single();

        byte[] pdf = outcomes.progressReport(pt, episode.patientId(), fixtures.today());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Progress report", "Timed Up and Go", "19.5 s", "11.2 s",
                    "NHS number");
            // The chart is drawn into the PDF: its band labels come from the SVG, not from the table.
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where patient_id = ?").param(episode.patientId())
                .query(Long.class).single()).isGreaterThan(auditedBefore);
        assertThatThrownBy(
                () -> outcomes.progressReport(fixtures.user("admin.demo"), episode.patientId(), fixtures.today()))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void threeMeasuresWithTheirChartsFitOnOnePage() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        for (String key : List.of("TUG", "WALK_10M", "WALK_6MIN")) {
            String first = "WALK_6MIN".equals(key) ? "180" : "19.5";
            String latest = "WALK_6MIN".equals(key) ? "260" : "11.2";
            results.record(pt, episode.patientId(), new MeasureResults.NewResult(key, episode.id(), null,
                    fixtures.today().minusDays(28), List.of(new BigDecimal(first)), null, null, null));
            results.record(pt, episode.patientId(), new MeasureResults.NewResult(key, episode.id(), null,
                    fixtures.today(), List.of(new BigDecimal(latest)), null, null, null));
        }

        byte[] pdf = outcomes.progressReport(pt, episode.patientId(), fixtures.today());
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/progress-report.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Timed Up and Go", "10-metre walk test", "6-minute walk test", "260 m");
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(page, 70), "png",
                        Path.of("target/screenshots/progress-report-" + (page + 1) + ".png").toFile());
            }
            // Each chart sits beside its results, so a page holds several measures, not one.
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
    }
}
