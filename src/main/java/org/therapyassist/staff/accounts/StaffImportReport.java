package org.therapyassist.staff.accounts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.therapyassist.platform.imports.ImportReport;
import org.therapyassist.platform.imports.Outcome;

/** What an import did, or would do, row by row. */
@Schema(name = "StaffImportReport")
record StaffImportReport(
        @Schema(description = "True when the rows added and updated were written; false when refused rows stopped the "
                + "whole file (send goodRows=true to write the others)") boolean written,
        @Schema(description = "Rows added; when written is false, rows that would have been") int added,
        @Schema(description = "Rows updated; when written is false, rows that would have been") int updated,
        @Schema(description = "Rows matching someone whose details already say the same") int unchanged,
        int refused, List<Row> rows) implements ImportReport {

    @Schema(name = "StaffImportRow")
    record Row(@Schema(description = "The line in the file, the header being line 1") int line,
            String assignmentNumber, String name, Outcome outcome,
            @Schema(description = "Why the row was refused; empty otherwise") List<String> reasons)
            implements
                ImportReport.Row {

        @Override
        public String matchedOn() {
            return assignmentNumber;
        }
    }
}
