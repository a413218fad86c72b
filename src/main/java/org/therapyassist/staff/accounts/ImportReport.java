package org.therapyassist.staff.accounts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.therapyassist.platform.web.Messages;

/** What an import did, or would do, row by row. */
@Schema(name = "StaffImportReport")
record ImportReport(
        @Schema(description = "True when the rows added and updated were written; false when refused rows stopped the "
                + "whole file (send goodRows=true to write the others)") boolean written,
        @Schema(description = "Rows added; when written is false, rows that would have been") int added,
        @Schema(description = "Rows updated; when written is false, rows that would have been") int updated,
        @Schema(description = "Rows matching someone whose details already say the same") int unchanged,
        int refused, List<Row> rows) {

    enum Outcome {
        ADDED, UPDATED, UNCHANGED, REFUSED
    }

    @Schema(name = "StaffImportRow")
    record Row(@Schema(description = "The line in the file, the header being line 1") int line,
            String assignmentNumber, String name, Outcome outcome,
            @Schema(description = "Why the row was refused; empty otherwise") List<String> reasons) {

        /** The outcome in words, for the page: "Would be added" when the import was not written. */
        public String outcomeWords(boolean written) {
            return switch (outcome) {
                case ADDED -> Messages.text(written ? "platform.import.added" : "platform.import.would-add");
                case UPDATED -> Messages.text(written ? "platform.import.updated" : "platform.import.would-update");
                case UNCHANGED -> Messages.text("platform.import.unchanged");
                case REFUSED -> Messages.text("platform.import.refused");
            };
        }
    }
}
