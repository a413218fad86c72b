package org.therapyassist.patients.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.imports.CsvUpload;
import org.therapyassist.platform.imports.ImportProgress;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@RequestMapping("/api/v1/admin/patients/import")
@Tag(name = "Patient import", description = "Administrators load a service's patients from an EPR or PAS extract")
class PatientImportApi {

    private static final String SUMMARY = "Import patients from an EPR or PAS extract (administrators only), "
            + "synchronously: the response is the report, when the import has finished (100,000 rows take seconds, "
            + "see BENCHMARKS.md). The CSV goes as the body with Content-Type text/csv, or as the part `file` of a "
            + "multipart/form-data body. Columns are found by header name, in any order: NHS Number, First Name, Last "
            + "Name, Date of Birth, Address (or Address Line 1 to 5), Postcode, and optionally Phone; other columns "
            + "(title, gender, GP practice…) are read past and listed in `columnsIgnored`. UTF-8, at most 20 MB and "
            + "100,000 rows. The whole file is checked first: with any row refused nothing is written unless "
            + "goodRows=true. Patients are matched on NHS number (Modulus 11 checked) within the organisation: a "
            + "second import of the same file adds nothing and reports the rows unchanged; the same NHS number with "
            + "another date of birth is refused; details are never replaced by an extract older than the one that "
            + "set them (`extractedOn`). One audit event per import. 400 with field errors for `file` (empty, not "
            + "UTF-8, a header without the required columns, an unclosed quote, too many rows) and `extractedOn`; "
            + "415 for a body that is neither text/csv nor multipart/form-data; 409 when another import of this "
            + "organisation's patients has run for over five minutes";

    private final PatientImport imports;

    PatientImportApi(PatientImport imports) {
        this.imports = imports;
    }

    @Performs(Command.IMPORT_PATIENTS)
    @PostMapping
    @Operation(summary = SUMMARY, requestBody = @RequestBody(content = {
            @Content(mediaType = CsvUpload.MEDIA_TYPE, schema = @Schema(type = "string", example = PatientCsv.HEADER
                    + "\n9434765919,Ann,Jones,31/01/1950,\"1 Hill Road, Leeds\","
                    + "LS1 4AB,0113 496 0000")),
            @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = FilePart.class))}))
    @ProblemResponses({409, 413, 415})
    PatientImportReport importFile(CurrentUser me, HttpServletRequest request,
            @Parameter(hidden = true) @RequestParam(name = "file", required = false) MultipartFile file,
            @Parameter(description = "The date the extract was taken (yyyy-MM-dd), today or earlier", required = true) @RequestParam(name = "extractedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate extractedOn,
            @Parameter(description = "Write the good rows even when others are refused") @RequestParam(defaultValue = "false") boolean goodRows)
            throws IOException {
        imports.mayImport(me);
        byte[] bytes = CsvUpload.bytes(file, request);
        return imports.run(me, imports.read(me, bytes, extractedOn), goodRows, ImportProgress.NONE);
    }

    /** The multipart form of the request. */
    @Schema(name = "PatientImportUpload")
    record FilePart(@Schema(type = "string", format = "binary", description = "The CSV file") String file) {
    }
}
