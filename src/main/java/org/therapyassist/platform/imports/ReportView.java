package org.therapyassist.platform.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows a page shows of a report: the refused first (they need the administrator), then the rest in file order,
 * at most {@code limit}; the API gives every row. Each row carries its outcome in words.
 */
public record ReportView(List<Shown> rows, int total, boolean cut) {

    public record Shown(int line, String matchedOn, String name, String outcome, List<String> reasons) {
    }

    public static ReportView of(ImportReport report, int limit) {
        List<ImportReport.Row> ordered = new ArrayList<>(report.rows().stream()
                .filter(r -> r.outcome() == Outcome.REFUSED).toList());
        report.rows().stream().filter(r -> r.outcome() != Outcome.REFUSED).forEach(ordered::add);
        List<Shown> shown = ordered.stream().limit(limit).map(r -> new Shown(r.line(), r.matchedOn(), r.name(),
                r.outcome().words(report.written()), r.reasons())).toList();
        return new ReportView(shown, report.rows().size(), ordered.size() > limit);
    }
}
