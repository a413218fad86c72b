package org.therapyassist.platform.imports;

import java.util.List;

/**
 * What every import's report says, whatever it imports: whether it was written, the rows counted by outcome, and each
 * row. A module's report record (its API answer, with its own columns) implements it, so that the pages share
 * {@link ReportView} and the {@code imports/parts} fragments.
 */
public interface ImportReport {

    boolean written();

    int added();

    int updated();

    int unchanged();

    int refused();

    List<? extends Row> rows();

    /** One row of the file and what became of it. */
    interface Row {

        /** The line in the file, the header being line 1. */
        int line();

        /** What the row is matched on (an assignment number, an NHS number), as the report shows it. */
        String matchedOn();

        String name();

        Outcome outcome();

        List<String> reasons();
    }
}
