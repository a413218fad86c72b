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
import org.therapyassist.platform.Time;
import org.therapyassist.workforce.StaffNames;

/**
 * Reads a session's signed register as it is shown: the lines by patient name and the amendments in the order they were
 * made. Staff names come from the staff directory.
 */
@Component
class SignedRegisters {

    private final JdbcClient jdbc;
    private final StaffNames names;

    SignedRegisters(JdbcClient jdbc, StaffNames names) {
        this.jdbc = jdbc;
        this.names = names;
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
                            name.person(recordedBy), recordedAt, signedAt, note, List.of(), List.of()), leader, recordedBy);
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
        return names.complete(organisationId, jdbc.sql("select a.id, a.patient_id, "
                        + "p.given_name || ' ' || p.family_name, a.corrected_outcome, a.reason, a.created_by, a.created_at "
                        + "from group_record_amendment a left join patient p on p.id = a.patient_id "
                        + "where a.record_id = ? order by a.created_at")
                .param(recordId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    UUID patient = rs.getObject(2, UUID.class);
                    String patientName = rs.getString(3);
                    Outcome outcome = rs.getString(4) == null ? null : Outcome.valueOf(rs.getString(4));
                    String reason = rs.getString(5);
                    UUID by = rs.getObject(6, UUID.class);
                    Instant at = Time.instant(rs.getObject(7, OffsetDateTime.class));
                    return StaffNames.awaiting(name -> new Amendment(id, patient, patientName, outcome, reason, name.person(by),
                            at), by);
                })
                .list());
    }

    /** The register's lines by patient name, each with its corrected outcome if an amendment gave one. */
    private List<Line> lines(UUID organisationId, UUID recordId, Map<UUID, Outcome> corrected) {
        return jdbc.sql("select g.patient_id, p.given_name || ' ' || p.family_name, p.nhs_number, g.outcome, g.note "
                        + "from group_attendance g join patient p on p.id = g.patient_id where g.record_id = ? "
                        + "order by p.family_name, p.given_name")
                .param(recordId)
                .query((rs, n) -> new Line(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Outcome.valueOf(rs.getString(4)), rs.getString(5), corrected.get(rs.getObject(1, UUID.class))))
                .list();
    }

    private static Map<UUID, Outcome> latestCorrections(List<Amendment> amendments) {
        Map<UUID, Outcome> corrected = new HashMap<>();
        amendments.stream().filter(a -> a.patientId() != null && a.correctedOutcome() != null)
                .forEach(a -> corrected.put(a.patientId(), a.correctedOutcome()));
        return corrected;
    }
}
