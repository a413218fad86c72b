package org.therapyassist.patients.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.imports.ImportJob;
import org.therapyassist.platform.imports.ImportJobs;
import org.therapyassist.platform.imports.ImportProgress;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.PolicyRules;

/**
 * Patients from an EPR or PAS extract, for an administrator: the file is read and the extract date checked at once
 * (a file that cannot be read is refused before anything starts), then the rows are checked and written in one
 * transaction ({@link PatientImportWriter}), on the request's thread for the API or in the background for the page.
 * Patients are matched on NHS number within the organisation, so a second import of the same file adds nothing.
 */
@Service
class PatientImport {

    static final String KIND = "patients";
    static final String EXTRACTED_ON = "extractedOn";

    private final CommandGuard guard;
    private final ImportJobs jobs;
    private final PatientImportWriter writer;
    private final Clock clock;

    PatientImport(CommandGuard guard, ImportJobs jobs, PatientImportWriter writer, Clock clock) {
        this.guard = guard;
        this.jobs = jobs;
        this.writer = writer;
        this.clock = clock;
    }

    /** A file that could be read, the date its extract was taken and its digest for the audit trail. */
    record Upload(PatientCsv.Parsed file, LocalDate extractedOn, String sha256) {
    }

    void mayImport(CurrentUser me) {
        PolicyRules.Verdict verdict = guard.decide(me, Command.IMPORT_PATIENTS, null);
        if (!verdict.allowed()) {
            throw new NotAllowedException(verdict.code(), verdict.message(), verdict.details());
        }
    }

    /** Reads the file and checks the extract date; both refusals together, as field errors. */
    Upload read(CurrentUser me, byte[] bytes, LocalDate extractedOn) {
        mayImport(me);
        Map<String, String> errors = new LinkedHashMap<>();
        PatientCsv.Parsed file = null;
        try {
            file = PatientCsv.read(bytes);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        if (extractedOn == null) {
            errors.put(EXTRACTED_ON, Messages.text("patients.import.extracted-on.blank"));
        } else if (extractedOn.isAfter(Time.today(clock))) {
            errors.put(EXTRACTED_ON, Messages.text("patients.import.extracted-on.future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Upload(file, extractedOn, sha256(bytes));
    }

    /** Imports on this thread and returns the report (the API). */
    PatientImportReport run(CurrentUser me, Upload upload, boolean goodRows, ImportProgress progress) {
        return jobs.exclusive(me.organisationId(), KIND, progress,
                () -> writer.importRows(me, upload, goodRows, progress));
    }

    /** Imports in the background (the page); the job carries the progress and then the report. */
    ImportJob start(CurrentUser me, Upload upload, boolean goodRows) {
        return jobs.start(me, KIND, upload.file().rows().size(), progress -> run(me, upload, goodRows, progress));
    }

    ImportJob job(CurrentUser me, UUID id) {
        mayImport(me);
        return jobs.find(me, KIND, id);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
