package org.therapyassist.groups;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.groups.Registers.Amendment;
import org.therapyassist.groups.Registers.GroupRecord;
import org.therapyassist.groups.Registers.Line;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.StaffNames;

/**
 * Reads a session's signed register as it is shown: the lines by patient name and the amendments in the order they were
 * made. Staff names come from the staff directory and patients' names and NHS numbers from the patients module.
 */
@Component
class SignedRegisters {

    private final JdbcClient jdbc;
    private final StaffNames names;
    private final PatientRecords patients;

    SignedRegisters(JdbcClient jdbc, StaffNames names, PatientRecords patients) {
        this.jdbc = jdbc;
        this.names = names;
        this.patients = patients;
    }

    Optional<GroupRecord> of(UUID organisationId, UUID sessionId) {
        Optional<GroupRecord> head = names.complete(organisationId, jdbc.sql("select r.id, r.leader_id, r.recorded_by, "
                + "r.recorded_at, r.signed_at, r.group_note from group_record r "
                + "where r.organisation_id = ? and r.session_id = ?")
                .params(organisationId, sessionId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    UUID leader = rs.getObject(2, UUID.class);
                    UUID recordedBy = rs.getObject(3, UUID.class);
                    Instant recordedAt = Time.instant(rs.getObject(4, OffsetDateTime.class));
                    Instant signedAt = Time.instant(rs.getObject(5, OffsetDateTime.class));
                    String note = rs.getString(6);
                    return StaffNames.awaiting(name -> new GroupRecord(id, sessionId, name.person(leader),
                            name.person(recordedBy), recordedAt, signedAt, note, List.of(), List.of()), leader,
                            recordedBy);
                })
                .optional());
        return head.map(h -> {
            List<Amendment> amendments = amendments(organisationId, h.id());
            return new GroupRecord(h.id(), sessionId, h.leaderName(), h.recordedByName(), h.recordedAt(), h.signedAt(),
                    h.groupNote(), lines(organisationId, h.id(), latestCorrections(amendments)), amendments);
        });
    }

    /** The amendments in the order they were made, each with who made it and the patient it is about. */
    private List<Amendment> amendments(UUID organisationId, UUID recordId) {
        List<Amendment> amendments = names.complete(organisationId,
                jdbc.sql("select a.id, a.patient_id, a.corrected_outcome, "
                        + "a.reason, a.created_by, a.created_at from group_record_amendment a where a.record_id = ? "
                        + "order by a.created_at")
                        .param(recordId)
                        .query((rs, n) -> {
                            UUID id = rs.getObject(1, UUID.class);
                            UUID patient = rs.getObject(2, UUID.class);
                            Outcome outcome = rs.getString(3) == null ? null : Outcome.valueOf(rs.getString(3));
                            String reason = rs.getString(4);
                            UUID by = rs.getObject(5, UUID.class);
                            Instant at = Time.instant(rs.getObject(6, OffsetDateTime.class));
                            return StaffNames.awaiting(
                                    name -> new Amendment(id, patient, null, outcome, reason, name.person(by), at),
                                    by);
                        })
                        .list());
        Map<UUID, PatientSummary> about = patients.summaries(organisationId,
                amendments.stream().map(Amendment::patientId).filter(p -> p != null).distinct().toList());
        return amendments.stream().map(a -> new Amendment(a.id(), a.patientId(),
                about.containsKey(a.patientId()) ? about.get(a.patientId()).name() : null, a.correctedOutcome(),
                a.reason(),
                a.byName(), a.at())).toList();
    }

    /** The register's lines by patient name, each with its corrected outcome if an amendment gave one. */
    private List<Line> lines(UUID organisationId, UUID recordId, Map<UUID, Outcome> corrected) {
        List<Line> bare = jdbc.sql("select patient_id, outcome, note from group_attendance where record_id = ?")
                .param(recordId)
                .query((rs, n) -> new Line(rs.getObject(1, UUID.class), null, null, Outcome.valueOf(rs.getString(2)),
                        rs.getString(3), corrected.get(rs.getObject(1, UUID.class))))
                .list();
        // A register has a line per enrolled patient: at most a class's capacity.
        List<PatientSummary> byName = patients.summariesByName(organisationId,
                bare.stream().map(Line::patientId).toList(),
                bare.size());
        Map<UUID, PatientSummary> about = new HashMap<>();
        byName.forEach(p -> about.put(p.id(), p));
        return GroupRules.inNameOrder(bare, Line::patientId, Line::patientId, byName).stream()
                .map(l -> new Line(l.patientId(), about.get(l.patientId()).name(),
                        EnrolmentQueries.digits(about.get(l.patientId())),
                        l.outcome(), l.note(), l.correctedOutcome()))
                .toList();
    }

    private static Map<UUID, Outcome> latestCorrections(List<Amendment> amendments) {
        Map<UUID, Outcome> corrected = new HashMap<>();
        amendments.stream().filter(a -> a.patientId() != null && a.correctedOutcome() != null)
                .forEach(a -> corrected.put(a.patientId(), a.correctedOutcome()));
        return corrected;
    }
}
