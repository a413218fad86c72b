package org.therapyassist.staff.accounts;

import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

/** The upload page for staff from an ESR export, and its report row by row; also {@link StaffImportApi}. */
@Controller
class StaffImportPages {

    private final StaffImport imports;

    StaffImportPages(StaffImport imports) {
        this.imports = imports;
    }

    @GetMapping("/admin/staff/import")
    String form(CurrentUser me, Model model) {
        imports.mayImport(me);
        return page(model, new FormErrors(), null, false);
    }

    @Performs(Command.IMPORT_STAFF)
    @PostMapping("/admin/staff/import")
    String upload(CurrentUser me, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "goodRows", defaultValue = "false") boolean goodRows, Model model)
            throws IOException {
        FormErrors errors = new FormErrors();
        try {
            byte[] bytes = file == null || file.isEmpty() ? null : file.getBytes();
            return page(model, errors, imports.importFile(me, bytes, goodRows), goodRows);
        } catch (InvalidInputException e) {
            errors.add(e);
            return page(model, errors, null, goodRows);
        }
    }

    private static String page(Model model, FormErrors errors, ImportReport report, boolean goodRows) {
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
        model.addAttribute("goodRows", goodRows);
        model.addAttribute("header", String.join(",", EsrCsv.HEADER));
        model.addAttribute("jobTitles", EsrJobRoles.TITLES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " → " + e.getValue().title()).toList());
        return "staff/import";
    }
}
