package org.therapyassist.patients.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.imports.PatientMatch.Decision;
import org.therapyassist.patients.imports.PatientMatch.Held;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.imports.Batches;
import org.therapyassist.platform.imports.CsvText;
import org.therapyassist.platform.imports.ImportProgress;
import org.therapyassist.platform.imports.Outcome;
import org.therapyassist.platform.imports.OutcomeCounts;
import org.therapyassist.platform.web.Messages;

/**
 * One patient import in one transaction: one read of the organisation's patients, every row checked, then the rows
 * added and changed written in batches, and one audit event for the whole import (H75: it is all written or none).
 */
@Component
class PatientImportWriter {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PatientImportWriter(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    private record Checked(PatientRow row, Held held, Decision decision) {
    }

    @Transactional
    PatientImportReport importRows(CurrentUser me, PatientImport.Upload upload, boolean goodRows,
            ImportProgress progress) {
        Map<String, Held> held = held(me.organisationId());
        PatientCsv.Parsed file = upload.file();
        LocalDate today = Time.today(clock);
        progress.phase("platform.import.phase.checking", file.rows().size());
        Map<String, Integer> seen = new HashMap<>();
        List<Checked> checked = new ArrayList<>(file.rows().size());
        for (CsvText.Line line : file.rows()) {
            PatientRow row = PatientRow.check(line, file, today);
            if (!row.refused()) {
                Integer earlier = seen.putIfAbsent(row.nhsNumber(), row.line());
                if (earlier != null) {
                    row = row.refusedAlso(Messages.text("patients.import.row.earlier", earlier));
                }
            }
            Held known = row.refused() ? null : held.get(row.nhsNumber());
            checked.add(new Checked(row, known, PatientMatch.decide(row, known, upload.extractedOn())));
            progress.advance(1);
        }
        OutcomeCounts counts = OutcomeCounts.of(checked.stream().map(c -> c.decision().outcome()).toList());
        boolean write = counts.writes(goodRows);
        UUID importId = Ids.newId();
        if (write) {
            write(me, importId, upload.extractedOn(), checked, progress);
            audit.record(new AuditEntry(me, null, "patients.imported", "patient_import", importId,
                    counts.summary() + "; extract of " + upload.extractedOn() + "; file SHA-256 " + upload.sha256()));
        }
        List<PatientImportReport.Row> rows = checked.stream().map(c -> new PatientImportReport.Row(c.row().line(),
                c.row().shownNhsNumber(), c.row().name(), c.decision().outcome(), c.decision().reasons())).toList();
        return new PatientImportReport(write, upload.extractedOn(), counts.added(), counts.updated(),
                counts.unchanged(), counts.refused(), file.ignored(), rows);
    }

    private void write(CurrentUser me, UUID importId, LocalDate extractedOn, List<Checked> checked,
            ImportProgress progress) {
        OffsetDateTime now = Time.db(clock.instant());
        List<Object[]> added = new ArrayList<>();
        List<Object[]> updated = new ArrayList<>();
        for (Checked c : checked) {
            PatientRow r = c.row();
            if (c.decision().outcome() == Outcome.ADDED) {
                added.add(new Object[]{Ids.newId(), me.organisationId(), r.nhsNumber(), r.givenName(),
                        r.familyName(), PatientRecords.searchName(r.givenName(), r.familyName()), r.dateOfBirth(),
                        r.address(), r.postcode(), r.phone(), now, me.staffId(), extractedOn, importId});
            } else if (c.decision().outcome() == Outcome.UPDATED) {
                Held h = c.held();
                updated.add(new Object[]{r.givenName(), r.familyName(),
                        PatientRecords.searchName(r.givenName(), r.familyName()), r.address(), r.postcode(),
                        r.phone() == null ? h.phone() : r.phone(), extractedOn, importId, h.id(),
                        me.organisationId()});
            }
        }
        progress.phase("platform.import.phase.writing", added.size() + updated.size());
        Batches.write(jdbc, "insert into patient (id, organisation_id, nhs_number, given_name, family_name, "
                + "search_name, date_of_birth, address, postcode, phone, created_at, created_by, details_as_of, "
                + "last_import_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", added, progress);
        Batches.write(jdbc, "update patient set given_name = ?, family_name = ?, search_name = ?, address = ?, "
                + "postcode = ?, phone = ?, details_as_of = ?, last_import_id = ? where id = ? and organisation_id = ?",
                updated, progress);
    }

    /** The organisation's patients by NHS number, in one query (no IN list, however large the file). */
    private Map<String, Held> held(UUID organisationId) {
        Map<String, Held> held = new HashMap<>();
        jdbc.query("select id, nhs_number, given_name, family_name, date_of_birth, address, postcode, phone, "
                + "details_as_of, created_at from patient where organisation_id = ?", rs -> {
                    LocalDate asOf = rs.getObject("details_as_of", LocalDate.class);
                    if (asOf == null) {
                        asOf = rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(Time.LONDON)
                                .toLocalDate();
                    }
                    held.put(rs.getString("nhs_number"), new Held(rs.getObject("id", UUID.class),
                            rs.getString("given_name"), rs.getString("family_name"),
                            rs.getObject("date_of_birth", LocalDate.class), rs.getString("address"),
                            rs.getString("postcode"), rs.getString("phone"), asOf));
                }, organisationId);
        return held;
    }
}
