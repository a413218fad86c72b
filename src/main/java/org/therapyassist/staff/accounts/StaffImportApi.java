package org.therapyassist.staff.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.imports.CsvUpload;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@RequestMapping("/api/v1/admin/staff/import")
@Tag(name = "Staff accounts", description = "Administrators add, change and disable accounts and reset passwords")
class StaffImportApi {

    private static final String SUMMARY = "Import staff from an ESR export (administrators only), synchronously: the "
            + "response is the report, when the import has finished (10,000 rows take seconds, see BENCHMARKS.md). "
            + "The CSV goes as the body with Content-Type text/csv, or as the part `file` of a multipart/form-data "
            + "body. Header: Assignment Number,First Name,Last Name,Job Role,Band,Team,Start Date,HCPC Number; UTF-8, "
            + "at most 4 MB and 10,000 rows. The whole file is checked first: with any row refused nothing is written "
            + "unless goodRows=true. People are matched on assignment number: a second import of the same file "
            + "changes nothing and reports the rows unchanged. New people get disabled accounts (username "
            + "esr<assignment number>) that cannot sign in until an administrator resets the password and enables "
            + "them. One audit event per import. 400 with a field error for `file` when the file cannot be read "
            + "(empty, not UTF-8, wrong header, unclosed quote, too many rows); 415 for a body that is neither "
            + "text/csv nor multipart/form-data; 409 when another staff import of this organisation has run for over "
            + "five minutes";

    private final StaffImport imports;

    StaffImportApi(StaffImport imports) {
        this.imports = imports;
    }

    @Performs(Command.IMPORT_STAFF)
    @PostMapping
    @Operation(summary = SUMMARY, requestBody = @RequestBody(content = {
            @Content(mediaType = CsvUpload.MEDIA_TYPE, schema = @Schema(type = "string", example = "Assignment Number,"
                    + "First Name,Last Name,Job Role,Band,Team,Start Date,HCPC Number\n12345678,Jo,Smith,"
                    + "Physiotherapist,Band 6,,31/01/2026,PH123456")),
            @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = FilePart.class))}))
    @ProblemResponses({409, 413, 415})
    StaffImportReport upload(CurrentUser me, HttpServletRequest request,
            @Parameter(hidden = true) @RequestParam(name = "file", required = false) MultipartFile file,
            @Parameter(description = "Write the good rows even when others are refused") @RequestParam(defaultValue = "false") boolean goodRows)
            throws IOException {
        imports.mayImport(me);
        return imports.importFile(me, CsvUpload.bytes(file, request), goodRows);
    }

    /** The multipart form of the request. */
    @Schema(name = "StaffImportUpload")
    record FilePart(@Schema(type = "string", format = "binary", description = "The CSV file") String file) {
    }
}
