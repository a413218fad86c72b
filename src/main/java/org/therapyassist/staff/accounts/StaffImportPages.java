package org.therapyassist.staff.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.imports.CsvUpload;
import org.therapyassist.platform.imports.ImportPage;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

/**
 * The upload page for staff from an ESR export; the import runs in the background and its own address shows the
 * progress, then the report row by row. Also {@link StaffImportApi}.
 */
@Controller
class StaffImportPages {

    static final String PATH = "/admin/staff/import";
    private static final ImportPage PAGE = new ImportPage(PATH, "staff.import.importing");

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
            return PAGE.redirectTo(imports.start(me, imports.read(me, CsvUpload.bytes(file)), goodRows));
        } catch (InvalidInputException e) {
            errors.add(e);
            return page(model, errors, null, goodRows);
        }
    }

    @GetMapping(PATH + "/{id}")
    String job(CurrentUser me, @PathVariable UUID id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return PAGE.show(imports.job(me, id), StaffImportReport.class, request, response, model,
                (errors, report) -> page(model, errors, report, false));
    }

    private static String page(Model model, FormErrors errors, StaffImportReport report, boolean goodRows) {
        ImportPage.report(model, errors, report);
        model.addAttribute("goodRows", goodRows);
        model.addAttribute("header", String.join(",", EsrCsv.HEADER));
        model.addAttribute("jobTitles", EsrJobRoles.TITLES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " → " + e.getValue().title()).toList());
        return "staff/import";
    }
}
