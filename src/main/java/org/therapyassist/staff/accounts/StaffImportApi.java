package org.therapyassist.staff.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@RequestMapping("/api/v1/admin/staff/import")
@Tag(name = "Staff accounts", description = "Administrators add, change and disable accounts and reset passwords")
class StaffImportApi {

    private static final String SUMMARY = "Import staff from an ESR export (administrators only). Header: "
            + "Assignment Number,First Name,Last Name,Job Role,Band,Team,Start Date,HCPC Number; UTF-8, at most 1 MB "
            + "and 10,000 rows. The whole file is checked first: with any row refused nothing is written unless "
            + "goodRows=true. New people get disabled accounts (username esr<assignment number>) that cannot sign in "
            + "until an administrator resets the password and enables them. 400 with a field error for `file` when "
            + "the file cannot be read (empty, not UTF-8, wrong header, unclosed quote, too many rows); 415 for a body "
            + "that is not multipart/form-data";

    private final StaffImport imports;

    StaffImportApi(StaffImport imports) {
        this.imports = imports;
    }

    @Performs(Command.IMPORT_STAFF)
    @PostMapping(consumes = "multipart/form-data")
    @Operation(summary = SUMMARY + " (the file in the part `file`)")
    @ProblemResponses(415)
    ImportReport upload(CurrentUser me, @RequestParam(name = "file", required = false) MultipartFile file,
            @Parameter(description = "Write the good rows even when others are refused") @RequestParam(defaultValue = "false") boolean goodRows)
            throws IOException {
        return imports.importFile(me, file == null ? null : file.getBytes(), goodRows);
    }
}
