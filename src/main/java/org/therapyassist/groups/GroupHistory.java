package org.therapyassist.groups;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.StaffNames;

/**
 * A patient's group classes and attendance, for their record and timeline: read from the patient's own attendance lines
 * (no copy per patient), each with the outcome an amendment corrected it to.
 */
@Service
public class GroupHistory {

    /**
     * A patient's latest enrolments and attendance lines (newest first, at most {@link #SHOWN} of each) and how many
     * there are of each; all attendance is paged at {@code /api/v1/patients/{id}/group-attendance}.
     */
    @Schema(name = "PatientGroupClasses")
    public record OfPatient(List<Enrolments.Enrolment> enrolments, List<PatientAttendance> attendance,
            long enrolmentCount, long attendanceCount) {
    }

    /** One line of a patient's attendance history, for their record and timeline. */
    public record PatientAttendance(UUID recordId, UUID sessionId, UUID classId, String className, LocalDate date,
            Outcome outcome, Outcome correctedOutcome, String note, String leaderName, Instant recordedAt) {

        public Outcome effectiveOutcome() {
            return correctedOutcome != null ? correctedOutcome : outcome;
        }
    }

    public static final int SHOWN = 50;

    /** The leader's name comes from the staff directory ({@link #attendanceLine}). */
    private static final String ATTENDANCE = "select r.id, s.id, c.id, c.name, s.session_date, g.outcome, g.note, "
            + "r.leader_id, r.recorded_at from group_attendance g join group_record r on r.id = g.record_id "
            + "join group_session s on s.id = g.session_id join group_class c on c.id = s.class_id ";

    private final JdbcClient jdbc;
    private final Enrolments enrolments;
    private final PatientAccess access;
    private final StaffNames names;

    GroupHistory(JdbcClient jdbc, Enrolments enrolments, PatientAccess access, StaffNames names) {
        this.jdbc = jdbc;
        this.enrolments = enrolments;
        this.access = access;
        this.names = names;
    }

    /** For the API: checks and audits access to the patient first. */
    @Transactional
    public OfPatient forPatient(CurrentUser user, UUID patientId) {
        access.check(user, patientId, PatientAction.VIEW_RECORD, patientId);
        return forPatient(user.organisationId(), patientId);
    }

    @Transactional(readOnly = true)
    public OfPatient forPatient(UUID organisationId, UUID patientId) {
        var enrolled = enrolments.ofPatient(organisationId, patientId, PageRequest.first(SHOWN));
        var attended = attendanceOf(organisationId, patientId, PageRequest.first(SHOWN));
        return new OfPatient(enrolled.items(), attended.items(), enrolled.total(), attended.total());
    }

    /**
     * For the API: a patient's attendance lines, latest session first, a page at a time; access checked and audited.
     */
    @Transactional
    public Page<PatientAttendance> attendanceOf(CurrentUser user, UUID patientId, PageRequest page) {
        access.check(user, patientId, PatientAction.VIEW_RECORD, patientId);
        return attendanceOf(user.organisationId(), patientId, page);
    }

    /** A patient's attendance lines, latest session first, a page at a time; the caller has checked access. */
    @Transactional(readOnly = true)
    public Page<PatientAttendance> attendanceOf(UUID organisationId, UUID patientId, PageRequest page) {
        Page<PatientAttendance> lines = names.complete(organisationId, PagedQuery.of(jdbc, page,
                ATTENDANCE + "where g.organisation_id = ? and g.patient_id = ?", "s.session_date desc, c.name, r.id",
                GroupHistory::attendanceLine, organisationId, patientId));
        return new Page<>(withCorrections(organisationId, patientId, lines.items()), lines.page(), lines.size(),
                lines.hasMore(),
                lines.total());
    }

    /** The newest attendance lines by when their register was saved, at most {@code limit} (for the timeline). */
    @Transactional(readOnly = true)
    public List<PatientAttendance> newestRecorded(UUID organisationId, UUID patientId, int limit) {
        return withCorrections(organisationId, patientId, names.complete(organisationId, jdbc.sql(ATTENDANCE
                + "where g.organisation_id = ? and g.patient_id = ? order by r.recorded_at desc, r.id desc limit ?")
                .params(organisationId, patientId, limit).query(GroupHistory::attendanceLine).list()));
    }

    private static StaffNames.Awaiting<PatientAttendance> attendanceLine(ResultSet rs, int n) throws SQLException {
        UUID leader = rs.getObject(8, UUID.class);
        PatientAttendance bare = new PatientAttendance(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, LocalDate.class),
                Outcome.valueOf(rs.getString(6)),
                null, rs.getString(7), null, Time.instant(rs.getObject(9, OffsetDateTime.class)));
        return StaffNames.awaiting(name -> new PatientAttendance(bare.recordId(), bare.sessionId(), bare.classId(),
                bare.className(), bare.date(), bare.outcome(), null, bare.note(), name.person(leader),
                bare.recordedAt()), leader);
    }

    /** The lines with the outcome the latest amendment for this patient corrected each to, if any. */
    private List<PatientAttendance> withCorrections(UUID organisationId, UUID patientId,
            List<PatientAttendance> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        Map<UUID, Outcome> corrected = new HashMap<>();
        jdbc.sql("select record_id, corrected_outcome from group_record_amendment where organisation_id = :org "
                + "and patient_id = :patient and corrected_outcome is not null and record_id in (:ids) order by created_at")
                .param("org", organisationId).param("patient", patientId)
                .param("ids", lines.stream().map(PatientAttendance::recordId).toList())
                .query(rs -> {
                    corrected.put(rs.getObject(1, UUID.class), Outcome.valueOf(rs.getString(2)));
                });
        return lines.stream()
                .map(a -> new PatientAttendance(a.recordId(), a.sessionId(), a.classId(), a.className(), a.date(),
                        a.outcome(), corrected.get(a.recordId()), a.note(), a.leaderName(), a.recordedAt()))
                .toList();
    }
}
