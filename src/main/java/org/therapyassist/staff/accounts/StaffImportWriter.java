package org.therapyassist.staff.accounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.imports.Batches;
import org.therapyassist.platform.imports.CsvText;
import org.therapyassist.platform.imports.ImportProgress;
import org.therapyassist.platform.imports.Outcome;
import org.therapyassist.platform.imports.OutcomeCounts;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.Team;

/**
 * One staff import in one transaction: one read of the organisation's imported staff and one of the usernames
 * imports use, every row checked, then the rows added and changed written in batches and one audit event.
 */
@Component
class StaffImportWriter {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final StaffDirectory directory;

    StaffImportWriter(JdbcTemplate jdbc, AuditTrail audit, StaffDirectory directory) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.directory = directory;
    }

    /** Someone already imported: what an import compares and may change. */
    private record Held(UUID id, JobRole jobRole, UUID teamId, String givenName, String familyName, int band,
            String hcpcNumber, LocalDate startedOn) {

        boolean same(EsrRow row) {
            return jobRole == row.jobRole() && Objects.equals(teamId, row.team() == null ? null : row.team().id())
                    && givenName.equals(row.givenName()) && familyName.equals(row.familyName()) && band == row.band()
                    && Objects.equals(hcpcNumber, row.hcpcNumber()) && Objects.equals(startedOn, row.startedOn());
        }
    }

    @Transactional
    StaffImportReport importRows(CurrentUser me, List<CsvText.Line> lines, boolean goodRows, String unusablePassword,
            ImportProgress progress) {
        Map<String, Team> teams = new HashMap<>();
        directory.teams(me.organisationId()).forEach(t -> teams.put(EsrCsv.normalised(t.name()), t));
        Map<String, Held> held = held(me.organisationId());
        Set<String> usernames = new HashSet<>(jdbc.queryForList(
                "select username from staff_member where username like 'esr%'", String.class));
        progress.phase("platform.import.phase.checking", lines.size());
        List<EsrRow> rows = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvText.Line line : lines) {
            EsrRow row = EsrRow.check(line, teams);
            if (!row.assignmentNumber().isEmpty() && !seen.add(row.assignmentNumber())) {
                row = row.refusedAlso(Messages.text("staff.import.row.earlier"));
            }
            Held known = held.get(row.assignmentNumber());
            if (known != null && known.jobRole() == JobRole.ADMINISTRATOR) {
                row = row.refusedAlso(Messages.text("staff.import.row.administrator"));
            } else if (known == null && !row.refused() && usernames.contains(StaffImport.username(row))) {
                row = row.refusedAlso(Messages.text("staff.import.row.username-taken", StaffImport.username(row)));
            }
            rows.add(row);
            outcomes.add(row.refused()
                    ? Outcome.REFUSED
                    : known == null ? Outcome.ADDED : known.same(row) ? Outcome.UNCHANGED : Outcome.UPDATED);
            progress.advance(1);
        }
        OutcomeCounts counts = OutcomeCounts.of(outcomes);
        boolean write = counts.writes(goodRows);
        if (write) {
            write(me, rows, outcomes, held, unusablePassword, progress);
            audit.record(new AuditEntry(me, null, "staff.imported", "staff_member", me.staffId(), counts.summary()));
        }
        List<StaffImportReport.Row> report = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            EsrRow row = rows.get(i);
            report.add(new StaffImportReport.Row(row.line(), row.assignmentNumber(),
                    (row.givenName() + " " + row.familyName()).strip(), outcomes.get(i), row.refusals()));
        }
        return new StaffImportReport(write, counts.added(), counts.updated(), counts.unchanged(), counts.refused(),
                List.copyOf(report));
    }

    private void write(CurrentUser me, List<EsrRow> rows, List<Outcome> outcomes, Map<String, Held> held,
            String unusable, ImportProgress progress) {
        List<Object[]> added = new ArrayList<>();
        List<Object[]> updated = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            EsrRow row = rows.get(i);
            UUID teamId = row.team() == null ? null : row.team().id();
            if (outcomes.get(i) == Outcome.ADDED) {
                added.add(new Object[]{Ids.newId(), me.organisationId(), teamId, StaffImport.username(row), unusable,
                        row.givenName(), row.familyName(), row.jobRole().name(), row.band(), row.hcpcNumber(),
                        row.assignmentNumber(), row.startedOn()});
            } else if (outcomes.get(i) == Outcome.UPDATED) {
                updated.add(new Object[]{teamId, row.givenName(), row.familyName(), row.jobRole().name(), row.band(),
                        row.hcpcNumber(), row.startedOn(), held.get(row.assignmentNumber()).id(),
                        me.organisationId()});
            }
        }
        progress.phase("platform.import.phase.writing", added.size() + updated.size());
        Batches.write(jdbc, "insert into staff_member (id, organisation_id, team_id, username, password_hash, "
                + "given_name, family_name, job_role, band, hcpc_number, enabled, assignment_number, started_on) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)", added, progress);
        Batches.write(jdbc, "update staff_member set team_id = ?, given_name = ?, family_name = ?, job_role = ?, "
                + "band = ?, hcpc_number = ?, started_on = ? where id = ? and organisation_id = ?", updated, progress);
    }

    private Map<String, Held> held(UUID organisationId) {
        Map<String, Held> held = new HashMap<>();
        jdbc.query("select id, assignment_number, job_role, team_id, given_name, family_name, band, hcpc_number, "
                + "started_on from staff_member where organisation_id = ? and assignment_number is not null", rs -> {
                    held.put(rs.getString("assignment_number"), new Held(rs.getObject("id", UUID.class),
                            JobRole.valueOf(rs.getString("job_role")), rs.getObject("team_id", UUID.class),
                            rs.getString("given_name"), rs.getString("family_name"), rs.getInt("band"),
                            rs.getString("hcpc_number"), rs.getObject("started_on", LocalDate.class)));
                }, organisationId);
        return held;
    }
}
