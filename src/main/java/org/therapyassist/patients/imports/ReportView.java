package org.therapyassist.patients.imports;

import java.util.ArrayList;
import java.util.List;
import org.therapyassist.patients.imports.PatientImportReport.Outcome;
import org.therapyassist.patients.imports.PatientImportReport.Row;
import org.therapyassist.platform.web.Messages;

/**
 * The rows a page shows of a report: the refused first (they need the administrator), then the rest in file order,
 * at most {@code limit}; the API gives every row. Each row carries its outcome in words.
 */
record ReportView(List<Shown> rows, int total, boolean cut) {

    record Shown(int line, String nhsNumber, String name, String outcome, List<String> reasons) {
    }

    static ReportView of(PatientImportReport report, int limit) {
        List<Row> ordered = new ArrayList<>(report.rows().stream().filter(r -> r.outcome() == Outcome.REFUSED)
                .toList());
        report.rows().stream().filter(r -> r.outcome() != Outcome.REFUSED).forEach(ordered::add);
        List<Shown> shown = ordered.stream().limit(limit).map(r -> new Shown(r.line(), r.nhsNumber(), r.name(),
                words(r.outcome(), report.written()), r.reasons())).toList();
        return new ReportView(shown, report.rows().size(), ordered.size() > limit);
    }

    static String words(Outcome outcome, boolean written) {
        return switch (outcome) {
            case ADDED -> Messages.text(written ? "platform.import.added" : "platform.import.would-add");
            case UPDATED -> Messages.text(written ? "platform.import.updated" : "platform.import.would-update");
            case UNCHANGED -> Messages.text("platform.import.unchanged");
            case REFUSED -> Messages.text("platform.import.refused");
        };
    }
}
