package org.therapyassist.patients.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.therapyassist.platform.imports.ImportReport;
import org.therapyassist.platform.imports.Outcome;

/** What a patient import did, or would do, row by row. */
@Schema(name = "PatientImportReport")
record PatientImportReport(
        @Schema(description = "True when the rows added and updated were written; false when refused rows stopped the "
                + "whole file (send goodRows=true to write the others)") boolean written,
        @Schema(description = "The date the extract was taken, as sent") LocalDate extractedOn,
        @Schema(description = "Rows added; when written is false, rows that would have been") int added,
        @Schema(description = "Rows updated; when written is false, rows that would have been") int updated,
        @Schema(description = "Rows matching a patient whose details already say the same, or whose details are newer "
                + "than the extract (the reason says so)") int unchanged,
        int refused,
        @Schema(description = "Header names read past because Therapy Assist does not hold them (title, gender, GP "
                + "practice…)") List<String> columnsIgnored,
        List<Row> rows) implements ImportReport {

    @Schema(name = "PatientImportRow")
    record Row(@Schema(description = "The line in the file, the header being line 1") int line,
            @Schema(description = "As 943 476 5919 when valid, otherwise as the file has it") String nhsNumber,
            String name, Outcome outcome,
            @Schema(description = "Why the row was refused, or why a matching patient was left as they were; "
                    + "empty otherwise") List<String> reasons)
            implements
                ImportReport.Row {

        @Override
        public String matchedOn() {
            return nhsNumber;
        }
    }
}
