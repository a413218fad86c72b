package org.therapyassist.outcomes;

import java.time.LocalDate;
import java.util.Map;
import org.therapyassist.platform.Pdfs;

/**
 * A patient's progress on paper ({@code templates/pdf/progress-report.html}): every outcome measure's chart with its
 * interpretation bands and a table of the results, and goal attainment, for the MDT meeting, the patient or the GP.
 * The charts are the same server-drawn SVG as on the page (Batik draws them into the PDF), so print and screen never
 * disagree.
 */
final class ProgressReportPdf {

    record Report(String patientName, String nhsNumber, LocalDate dateOfBirth, LocalDate printedOn,
            PatientOutcomes.Section section) {
    }

    private ProgressReportPdf() {
    }

    static byte[] render(String patientName, String nhsNumber, LocalDate dateOfBirth, LocalDate printedOn,
            PatientOutcomes.Section section) {
        return Pdfs.render("progress-report",
                Map.of("report", new Report(patientName, nhsNumber, dateOfBirth, printedOn, section)));
    }
}
