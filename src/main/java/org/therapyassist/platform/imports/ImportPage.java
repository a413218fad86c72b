package org.therapyassist.platform.imports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.BiFunction;
import org.springframework.ui.Model;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.Messages;

/**
 * The pages of one kind of import: the upload form at {@code path}; at {@code path/{id}} the import running in the
 * background, its progress ({@code imports/progress}) and then the form again with the report above it. The module
 * keeps its own form and report page (its columns, its rules, its words); this is the flow they share.
 *
 * @param path
 *            the upload form's address, for example {@code /admin/staff/import}
 * @param importingKey
 *            the message key of the progress page's heading
 */
public record ImportPage(String path, String importingKey) {

    /** The rows a page shows of a report; the API gives every row. */
    public static final int ROWS_SHOWN = 1000;

    /** Where an upload goes once the import has started: the import's own address. */
    public String redirectTo(ImportJob job) {
        return "redirect:" + path + "/" + job.id();
    }

    /**
     * The import's own address: its progress while it runs; once it has finished, the page {@code finished} makes of
     * its report (null when it failed), with why it failed, if it did, as the error for the file.
     */
    public <R extends ImportReport> String show(ImportJob job, Class<R> report, HttpServletRequest request,
            HttpServletResponse response, Model model, BiFunction<FormErrors, R, String> finished) {
        if (job.finished() && request.getHeader("HX-Request") != null) {
            // The page polls its progress with htmx: now that the report is ready, have it load the whole page.
            response.setHeader("HX-Refresh", "true");
        }
        if (!job.finished()) {
            model.addAttribute("heading", Messages.text(importingKey));
            model.addAttribute("job", job);
            model.addAttribute("back", path);
            model.addAttribute("self", path + "/" + job.id());
            model.addAttribute("refreshSeconds", 2);
            return "imports/progress";
        }
        FormErrors errors = new FormErrors();
        if (job.failure() != null) {
            errors.add(CsvText.FIELD, job.failure());
        }
        return finished.apply(errors, job.result(report));
    }

    /**
     * What the {@code imports/parts} fragments read: the form's errors, the report (null before an import) and the
     * rows shown of it.
     */
    public static void report(Model model, FormErrors errors, ImportReport report) {
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
        model.addAttribute("shown", report == null ? null : ReportView.of(report, ROWS_SHOWN));
    }
}
