package org.therapyassist.groups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/**
 * One patient's attendance at one group session, by its own id, for readers outside the module (the FHIR server's
 * Encounter): when and where the class met, who led it, and the outcome as it stands after any amendment.
 */
@Service
public class AttendanceRecords {

    /** One attendance line; {@code outcome} is the latest amendment's correction, if any, else as registered. */
    public record Attendance(UUID id, UUID patientId, UUID sessionId, String className, String venue, LocalDate date,
            LocalTime startTime, int durationMinutes, UUID leaderId, Outcome outcome, Instant recordedAt,
            Instant signedAt) {
    }

    private static final String SELECT = "select g.id, g.patient_id, s.id, c.name, c.venue, s.session_date, "
            + "s.start_time, c.duration_minutes, r.leader_id, coalesce((select a.corrected_outcome from "
            + "group_record_amendment a where a.record_id = g.record_id and a.patient_id = g.patient_id "
            + "and a.corrected_outcome is not null order by a.created_at desc, a.id desc limit 1), g.outcome), "
            + "r.recorded_at, r.signed_at from group_attendance g join group_record r on r.id = g.record_id "
            + "join group_session s on s.id = g.session_id join group_class c on c.id = s.class_id ";

    private final JdbcClient jdbc;
    private final PatientAccess access;

    AttendanceRecords(JdbcClient jdbc, PatientAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** An attendance line with access to its patient checked and audited; 404 outside the organisation. */
    @Transactional
    public Attendance open(CurrentUser user, UUID id) {
        Attendance found = jdbc.sql(SELECT + "where g.organisation_id = ? and g.id = ?")
                .params(user.organisationId(), id).query(AttendanceRecords::attendance).optional()
                .orElseThrow(() -> new NotFoundException("group.attendance-not-found",
                        Messages.text("groups.refusal.attendance-not-found")));
        access.check(user, found.patientId(), PatientAction.VIEW_RECORD, id);
        return found;
    }

    /** A patient's attendance lines, latest session first, at most {@code limit}; access already checked. */
    @Transactional(readOnly = true)
    public List<Attendance> ofPatient(UUID organisationId, UUID patientId, int limit) {
        return jdbc.sql(SELECT + "where g.organisation_id = ? and g.patient_id = ? "
                + "order by s.session_date desc, g.id limit ?").params(organisationId, patientId, limit)
                .query(AttendanceRecords::attendance).list();
    }

    private static Attendance attendance(ResultSet rs, int n) throws SQLException {
        return new Attendance(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalTime.class), rs.getInt(8), rs.getObject(9, UUID.class),
                Outcome.valueOf(rs.getString(10)), Time.instant(rs.getObject(11, OffsetDateTime.class)),
                Time.instant(rs.getObject(12, OffsetDateTime.class)));
    }
}
