package org.therapyassist.staff.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.imports.CsvText;
import org.therapyassist.platform.imports.ImportJob;
import org.therapyassist.platform.imports.ImportJobs;
import org.therapyassist.platform.imports.ImportProgress;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.PolicyRules;

/**
 * Staff from an ESR export: the whole file is checked first; with any row refused nothing is written unless the
 * administrator asked for the good rows. People are matched on their assignment number, so a second import of the same
 * file changes nothing and says so. New people get a disabled account with an unknown password (H63): they cannot
 * sign in until an administrator resets their password and enables the account. Only one staff import per
 * organisation runs at a time ({@link ImportJobs#exclusive}); the page runs it in the background with its progress.
 */
@Service
class StaffImport {

    static final String KIND = "staff";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordEncoder passwords;
    private final CommandGuard guard;
    private final ImportJobs jobs;
    private final StaffImportWriter writer;

    StaffImport(PasswordEncoder passwords, CommandGuard guard, ImportJobs jobs, StaffImportWriter writer) {
        this.passwords = passwords;
        this.guard = guard;
        this.jobs = jobs;
        this.writer = writer;
    }

    void mayImport(CurrentUser me) {
        PolicyRules.Verdict verdict = guard.decide(me, Command.IMPORT_STAFF, null);
        if (!verdict.allowed()) {
            throw new NotAllowedException(verdict.code(), verdict.message(), verdict.details());
        }
    }

    /** Reads the file: a 400 with a field error for "file" when it cannot be read at all. */
    List<CsvText.Line> read(CurrentUser me, byte[] file) {
        mayImport(me);
        return EsrCsv.read(file);
    }

    /** Reads and imports on this thread (the API). */
    StaffImportReport importFile(CurrentUser me, byte[] file, boolean goodRows) {
        return run(me, read(me, file), goodRows, ImportProgress.NONE);
    }

    StaffImportReport run(CurrentUser me, List<CsvText.Line> lines, boolean goodRows, ImportProgress progress) {
        // One hash for all the new accounts of an import: nobody knows the password, and bcrypt is slow on purpose.
        String unusable = passwords.encode(unguessable());
        return jobs.exclusive(me.organisationId(), KIND, progress,
                () -> writer.importRows(me, lines, goodRows, unusable, progress));
    }

    ImportJob start(CurrentUser me, List<CsvText.Line> lines, boolean goodRows) {
        return jobs.start(me, KIND, lines.size(), progress -> run(me, lines, goodRows, progress));
    }

    ImportJob job(CurrentUser me, UUID id) {
        mayImport(me);
        return jobs.find(me, KIND, id);
    }

    /** The username of someone imported: "esr" and their assignment number, stable across imports. */
    static String username(EsrRow row) {
        return "esr" + row.assignmentNumber().toLowerCase(Locale.ROOT);
    }

    private static String unguessable() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
