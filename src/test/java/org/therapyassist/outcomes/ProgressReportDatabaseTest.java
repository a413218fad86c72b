package org.therapyassist.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
}
