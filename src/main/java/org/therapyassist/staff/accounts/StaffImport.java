package org.therapyassist.staff.accounts;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.PolicyRules;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.Team;

/**
 * Staff from an ESR export: the whole file is checked first; with any row refused nothing is written unless the
 * administrator asked for the good rows. People are matched on their assignment number, so a second import of the same
 * file updates rather than duplicates. New people get a disabled account with an unknown password (H63): they cannot
 * sign in until an administrator resets their password and enables the account.
 */
@Service
class StaffImport {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final CommandGuard guard;
    private final AuditTrail audit;
    private final StaffDirectory directory;

    StaffImport(JdbcClient jdbc, PasswordEncoder passwords, CommandGuard guard, AuditTrail audit,
            StaffDirectory directory) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.guard = guard;
        this.audit = audit;
        this.directory = directory;
    }

    private record Existing(UUID id, JobRole jobRole) {
    }

    void mayImport(CurrentUser me) {
        PolicyRules.Verdict verdict = guard.decide(me, Command.IMPORT_STAFF, null);
        if (!verdict.allowed()) {
            throw new NotAllowedException(verdict.code(), verdict.message(), verdict.details());
        }
    }

    @Transactional
    ImportReport importFile(CurrentUser me, byte[] file, boolean goodRows) {
        mayImport(me);
        List<EsrCsv.Line> lines = EsrCsv.read(file);
        Map<String, Team> teams = new HashMap<>();
        directory.teams(me.organisationId()).forEach(t -> teams.put(EsrCsv.normalised(t.name()), t));
        Map<String, Existing> existing = new HashMap<>();
        jdbc.sql("select id, assignment_number, job_role from staff_member where organisation_id = ? "
                + "and assignment_number is not null").param(me.organisationId())
                .query(rs -> {
                    existing.put(rs.getString("assignment_number"), new Existing(rs.getObject("id", UUID.class),
                            JobRole.valueOf(rs.getString("job_role"))));
                });
        List<EsrRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EsrCsv.Line line : lines) {
            EsrRow row = EsrRow.check(line, teams);
            if (!row.assignmentNumber().isEmpty() && !seen.add(row.assignmentNumber())) {
                row = row.refusedAlso("Assignment number appears earlier in the file");
            }
            Existing known = existing.get(row.assignmentNumber());
            if (known != null && known.jobRole() == JobRole.ADMINISTRATOR) {
                row = row.refusedAlso("This person is an administrator: change their account on its own page");
            } else if (known == null && !row.refused() && usernameTaken(username(row))) {
                row = row.refusedAlso("Username " + username(row) + " is taken by another account");
            }
            rows.add(row);
        }
        boolean anyRefused = rows.stream().anyMatch(EsrRow::refused);
        boolean write = !anyRefused || goodRows;
        String unusable = write ? passwords.encode(unguessable()) : null;
        List<ImportReport.Row> report = new ArrayList<>();
        int added = 0;
        int updated = 0;
        for (EsrRow row : rows) {
            String name = (row.givenName() + " " + row.familyName()).strip();
            if (row.refused()) {
                report.add(new ImportReport.Row(row.line(), row.assignmentNumber(), name,
                        ImportReport.Outcome.REFUSED, row.refusals()));
                continue;
            }
            Existing known = existing.get(row.assignmentNumber());
            if (write) {
                write(me, row, known, unusable);
            }
            report.add(new ImportReport.Row(row.line(), row.assignmentNumber(), name,
                    known == null ? ImportReport.Outcome.ADDED : ImportReport.Outcome.UPDATED, List.of()));
            added += known == null ? 1 : 0;
            updated += known == null ? 0 : 1;
        }
        int refused = rows.size() - added - updated;
        if (write) {
            audit.record(new AuditEntry(me, null, "staff.imported", "staff_member", me.staffId(),
                    added + " added, " + updated + " updated, " + refused + " refused"));
        }
        return new ImportReport(write, added, updated, refused, List.copyOf(report));
    }

    private void write(CurrentUser me, EsrRow row, Existing known, String unusable) {
        UUID teamId = row.team() == null ? null : row.team().id();
        if (known == null) {
            jdbc.sql("insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, "
                    + "family_name, job_role, band, hcpc_number, enabled, assignment_number, started_on) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)")
                    .params(Ids.newId(), me.organisationId(), teamId, username(row), unusable, row.givenName(),
                            row.familyName(), row.jobRole().name(), row.band(), row.hcpcNumber(),
                            row.assignmentNumber(), row.startedOn())
                    .update();
        } else {
            jdbc.sql("update staff_member set team_id = ?, given_name = ?, family_name = ?, job_role = ?, band = ?, "
                    + "hcpc_number = ?, started_on = ? where id = ? and organisation_id = ?")
                    .params(teamId, row.givenName(), row.familyName(), row.jobRole().name(), row.band(),
                            row.hcpcNumber(), row.startedOn(), known.id(), me.organisationId())
                    .update();
        }
    }

    /** The username of someone imported: "esr" and their assignment number, stable across imports. */
    static String username(EsrRow row) {
        return "esr" + row.assignmentNumber().toLowerCase(Locale.ROOT);
    }

    private boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from staff_member where username = ?").param(username).query(Long.class)
                .single() > 0;
    }

    private static String unguessable() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
