package org.therapyassist.groups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.groups.Enrolments.Enrolment;
import org.therapyassist.groups.Enrolments.Status;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Time;

/**
 * Reads enrolments: the rows with their class from this module's tables, then each patient's name and NHS number
 * from the patients module. Conditions are always within one organisation; {@link Enrolments} checks and audits
 * what the user may see.
 */
@Component
class EnrolmentQueries {

    /**
     * The patient's name and NHS number come from the patients module ({@link #named}), which writes a name the one way
     * every list shows it (FAMILY, Given: H6).
     */
    private static final String SELECT = "select e.*, c.name as class_name from group_enrolment e "
            + "join group_class c on c.id = e.class_id ";

    private final JdbcClient jdbc;
    private final PatientRecords patients;

    EnrolmentQueries(JdbcClient jdbc, PatientRecords patients) {
        this.jdbc = jdbc;
        this.patients = patients;
    }

    Optional<Enrolment> find(UUID organisationId, UUID enrolmentId) {
        return jdbc.sql(SELECT + "where e.organisation_id = ? and e.id = ?").params(organisationId, enrolmentId)
                .query(EnrolmentQueries::map).optional().map(e -> named(organisationId, List.of(e)).getFirst());
    }

    /** The patient's enrolment in the class, whatever its status, not yet named. */
    Optional<Enrolment> inClass(UUID classId, UUID patientId) {
        return jdbc.sql(SELECT + "where e.class_id = ? and e.patient_id = ?")
                .params(classId, patientId).query(EnrolmentQueries::map).optional();
    }

    /** A class's waiting list in order, a page at a time, not yet named. */
    Page<Enrolment> waiting(UUID organisationId, UUID classId, PageRequest page) {
        return PagedQuery.of(jdbc, page, SELECT + "where e.organisation_id = ? and e.class_id = ? and e.status = ?",
                "e.waiting_position, e.id", EnrolmentQueries::map, organisationId, classId, Status.WAITING.name());
    }

    /** Part of a class's waiting list in order, not yet named. */
    List<Enrolment> waiting(UUID organisationId, UUID classId, int limit, long offset) {
        return jdbc.sql(SELECT + "where e.organisation_id = ? and e.class_id = ? and e.status = 'WAITING' "
                + "order by e.waiting_position, e.id limit ? offset ?")
                .params(organisationId, classId, limit, offset)
                .query(EnrolmentQueries::map).list();
    }

    long waitingCount(UUID organisationId, UUID classId) {
        return jdbc.sql("select count(*) from group_enrolment where organisation_id = ? and class_id = ? "
                + "and status = 'WAITING'")
                .params(organisationId, classId).query(Long.class).single();
    }

    Page<Enrolment> ofPatient(UUID organisationId, UUID patientId, PageRequest page) {
        return named(organisationId,
                PagedQuery.of(jdbc, page, SELECT + "where e.organisation_id = ? and e.patient_id = ?",
                        "e.requested_at desc, e.id", EnrolmentQueries::map, organisationId, patientId));
    }

    /** Everyone enrolled in a class, by name: at most {@link GroupRules#MAX_CAPACITY}, so the list is read whole. */
    List<Enrolment> enrolledByName(UUID organisationId, UUID classId) {
        List<Enrolment> enrolled = jdbc
                .sql(SELECT + "where e.organisation_id = ? and e.class_id = ? and e.status = 'ENROLLED'")
                .params(organisationId, classId).query(EnrolmentQueries::map).list();
        List<PatientSummary> byName = patients.summariesByName(organisationId,
                enrolled.stream().map(Enrolment::patientId).toList(), enrolled.size());
        return GroupRules.inNameOrder(enrolled, Enrolment::patientId, Enrolment::id, byName);
    }

    Page<Enrolment> named(UUID organisationId, Page<Enrolment> page) {
        return new Page<>(named(organisationId, page.items()), page.page(), page.size(), page.hasMore(), page.total());
    }

    /** The enrolments with each patient's name and NHS number from the patients module. */
    List<Enrolment> named(UUID organisationId, List<Enrolment> enrolments) {
        Map<UUID, PatientSummary> about = patients.summaries(organisationId,
                enrolments.stream().map(Enrolment::patientId).distinct().toList());
        return enrolments.stream().map(e -> {
            PatientSummary p = about.get(e.patientId());
            return new Enrolment(e.id(), e.classId(), e.className(), e.patientId(), p == null ? null : p.name(),
                    digits(p),
                    e.episodeId(), e.status(), e.waitingPosition(), e.requestedAt(), e.enrolledAt(), e.withdrawnAt(),
                    e.withdrawReason(), e.version());
        }).toList();
    }

    /** The NHS number as groups has always shown it, without spaces. */
    static String digits(PatientSummary patient) {
        return patient == null ? null : patient.nhsNumber().replace(" ", "");
    }

    private static Enrolment map(ResultSet rs, int n) throws SQLException {
        return new Enrolment(rs.getObject("id", UUID.class), rs.getObject("class_id", UUID.class),
                rs.getString("class_name"),
                rs.getObject("patient_id", UUID.class), null, null,
                rs.getObject("episode_id", UUID.class), Status.valueOf(rs.getString("status")),
                (Integer) rs.getObject("waiting_position"),
                Time.instant(rs.getObject("requested_at", OffsetDateTime.class)),
                Time.instant(rs.getObject("enrolled_at", OffsetDateTime.class)),
                Time.instant(rs.getObject("withdrawn_at", OffsetDateTime.class)), rs.getString("withdraw_reason"),
                rs.getInt("version"));
    }
}
