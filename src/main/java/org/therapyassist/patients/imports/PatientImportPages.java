package org.therapyassist.patients.imports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
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
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

/**
 * The upload page for patients from an EPR extract; the import runs in the background and its own address shows the
 * progress, then the report. Also {@link PatientImportApi}.
 */
@Controller
class PatientImportPages {

    static final String PATH = "/admin/patients/import";
    private static final ImportPage PAGE = new ImportPage(PATH, "patients.import.importing");

    private final PatientImport imports;

    PatientImportPages(PatientImport imports) {
        this.imports = imports;
    }

    /** What the form shows again after a refusal. */
    record Entered(String day, String month, String year, boolean goodRows) {
        static final Entered NOTHING = new Entered("", "", "", false);
    }

    @GetMapping(PATH)
    String form(CurrentUser me, Model model) {
        imports.mayImport(me);
        return page(model, new FormErrors(), Entered.NOTHING, null);
    }

    @Performs(Command.IMPORT_PATIENTS)
    @PostMapping(PATH)
    String upload(CurrentUser me, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String extractedOnDay,
            @RequestParam(defaultValue = "") String extractedOnMonth,
            @RequestParam(defaultValue = "") String extractedOnYear,
            @RequestParam(name = "goodRows", defaultValue = "false") boolean goodRows, Model model)
            throws IOException {
        Entered entered = new Entered(extractedOnDay, extractedOnMonth, extractedOnYear, goodRows);
        FormErrors errors = new FormErrors();
        LocalDate extractedOn = errors.date(PatientImport.EXTRACTED_ON, Messages.text("patients.field.extracted-on"),
                extractedOnDay,
                extractedOnMonth, extractedOnYear, true);
        try {
            byte[] bytes = CsvUpload.bytes(file);
            if (!errors.isEmpty()) {
                // The date boxes did not make a date: still say what is wrong with the file, if anything.
                extractedOn = LocalDate.EPOCH;
            }
            PatientImport.Upload upload = imports.read(me, bytes, extractedOn);
            if (!errors.isEmpty()) {
                return page(model, errors, entered, null);
            }
            return PAGE.redirectTo(imports.start(me, upload, goodRows));
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> {
                if (!errors.has(field)) {
                    errors.add(field, message);
                }
            });
            return page(model, errors, entered, null);
        }
    }

    @GetMapping(PATH + "/{id}")
    String job(CurrentUser me, @PathVariable UUID id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return PAGE.show(imports.job(me, id), PatientImportReport.class, request, response, model,
                (errors, report) -> page(model, errors, Entered.NOTHING, report));
    }

    private static String page(Model model, FormErrors errors, Entered entered, PatientImportReport report) {
        ImportPage.report(model, errors, report);
        model.addAttribute("entered", entered);
        model.addAttribute("header", PatientCsv.HEADER);
        return "patients/import";
    }
}
