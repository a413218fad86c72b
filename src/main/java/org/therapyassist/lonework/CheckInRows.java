package org.therapyassist.lonework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.therapyassist.platform.Time;

/** The check-in rows: one per visit and worker, written once on arrival and closed once on leaving. */
@Repository
class CheckInRows {

    private static final String SELECT = "select id, organisation_id, visit_id, worker_id, team_id, patient_id, "
            + "visit_day, task_name, address, postcode, alert_to, arrived_at, expected_out_at, left_at "
            + "from lone_work_check_in ";

    private final JdbcClient jdbc;

    CheckInRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CheckIn> find(UUID organisationId, UUID visitId, UUID workerId) {
        return jdbc.sql(SELECT + "where organisation_id = ? and visit_id = ? and worker_id = ?")
                .params(organisationId, visitId, workerId).query(CheckInRows::map).optional();
    }

    Optional<CheckIn> byId(UUID id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(CheckInRows::map).optional();
    }

    List<CheckIn> ofWorker(UUID organisationId, UUID workerId, Collection<UUID> visitIds) {
        if (visitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where organisation_id = :org and worker_id = :worker and visit_id in (:visits)")
                .param("org", organisationId).param("worker", workerId).param("visits", List.copyOf(visitIds))
                .query(CheckInRows::map).list();
    }

    /**
     * Writes the arrival unless there is one already (a double tap, or a second node): true when this one was written.
     */
    boolean insert(CheckIn c) {
        return jdbc
                .sql("insert into lone_work_check_in (id, organisation_id, visit_id, worker_id, team_id, patient_id, "
                        + "visit_day, task_name, address, postcode, alert_to, arrived_at, expected_out_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(c.id(), c.organisationId(), c.visitId(), c.workerId(), c.teamId(), c.patientId(), c.visitDay(),
                        c.taskName(), c.address(), c.postcode(), c.alertTo(), Time.db(c.arrivedAt()),
                        Time.db(c.expectedOutAt()))
                .update() == 1;
    }

    /** Closes the check-in unless it is closed already: true when this call closed it. */
    boolean leave(UUID id, Instant at) {
        return jdbc.sql("update lone_work_check_in set left_at = ? where id = ? and left_at is null")
                .params(Time.db(at), id).update() == 1;
    }

    /**
     * Open check-ins whose expected time out was before {@code dueBefore} and that have no missed check-out alert yet:
     * what the job must raise, read from the rows each time. At most {@code limit}; the job comes back for the rest.
     */
    List<CheckIn> overdueWithoutAlert(Instant dueBefore, int limit) {
        return jdbc.sql(SELECT + "c where c.left_at is null and c.expected_out_at < ? and not exists "
                + "(select 1 from lone_worker_alert a where a.check_in_id = c.id and a.kind = 'MISSED_CHECK_OUT') "
                + "order by c.expected_out_at, c.id limit ?")
                .params(Time.db(dueBefore), limit).query(CheckInRows::map).list();
    }

    private static CheckIn map(ResultSet rs, int n) throws SQLException {
        return new CheckIn(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("visit_id", UUID.class), rs.getObject("worker_id", UUID.class),
                rs.getObject("team_id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("visit_day", LocalDate.class), rs.getString("task_name"), rs.getString("address"),
                rs.getString("postcode"), rs.getObject("alert_to", UUID.class),
                instant(rs, "arrived_at"), instant(rs, "expected_out_at"), instant(rs, "left_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return Time.instant(rs.getObject(column, OffsetDateTime.class));
    }
}
