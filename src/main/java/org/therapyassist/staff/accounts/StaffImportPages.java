package org.therapyassist.staff.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.imports.ImportJob;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

/**
 * The upload page for staff from an ESR export; the import runs in the background and its own address shows the
 * progress, then the report row by row. Also {@link StaffImportApi}.
 */
@Controller
class StaffImportPages {

    static final String PATH = "/admin/staff/import";
    static final int ROWS_SHOWN = 1000;

    private final StaffImport imports;

    StaffImportPages(StaffImport imports) {
        this.imports = imports;
    }

    @GetMapping(PATH)
    String form(CurrentUser me, Model model) {
        imports.mayImport(me);
        return page(model, new FormErrors(), null, false);
    }

    @Performs(Command.IMPORT_STAFF)
    @PostMapping(PATH)
    String upload(CurrentUser me, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "goodRows", defaultValue = "false") boolean goodRows, Model model)
            throws IOException {
        FormErrors errors = new FormErrors();
        try {
            byte[] bytes = file == null || file.isEmpty() ? null : file.getBytes();
            return "redirect:" + PATH + "/" + imports.start(me, imports.read(me, bytes), goodRows).id();
        } catch (InvalidInputException e) {
            errors.add(e);
            return page(model, errors, null, goodRows);
        }
    }

    @GetMapping(PATH + "/{id}")
    String job(CurrentUser me, @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
            Model model) {
        ImportJob job = imports.job(me, id);
        if (job.finished() && htmx != null) {
            // The page polls its progress with htmx: now that the report is ready, have it load the whole page.
            response.setHeader("HX-Refresh", "true");
        }
        if (!job.finished()) {
            model.addAttribute("heading", Messages.text("staff.import.importing"));
            model.addAttribute("job", job);
            model.addAttribute("back", PATH);
            model.addAttribute("self", PATH + "/" + id);
            model.addAttribute("refreshSeconds", 2);
            return "imports/progress";
        }
        FormErrors errors = new FormErrors();
        if (job.failure() != null) {
            errors.add("file", job.failure());
        }
        return page(model, errors, job.result(ImportReport.class), false);
    }

    private static String page(Model model, FormErrors errors, ImportReport report, boolean goodRows) {
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
        model.addAttribute("shownRows", report == null ? List.of() : shown(report));
        model.addAttribute("goodRows", goodRows);
        model.addAttribute("header", String.join(",", EsrCsv.HEADER));
        model.addAttribute("jobTitles", EsrJobRoles.TITLES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " → " + e.getValue().title()).toList());
        return "staff/import";
    }

    /** Refused rows first (they need the administrator), then the rest in file order; at most ROWS_SHOWN. */
    private static List<ImportReport.Row> shown(ImportReport report) {
        List<ImportReport.Row> rows = new ArrayList<>(report.rows().stream()
                .filter(r -> r.outcome() == ImportReport.Outcome.REFUSED).toList());
        report.rows().stream().filter(r -> r.outcome() != ImportReport.Outcome.REFUSED).forEach(rows::add);
        return rows.subList(0, Math.min(rows.size(), ROWS_SHOWN));
    }
}
