package org.therapyassist.lonework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Time;

/** The alert rows and who each is addressed to. Every write is conditional, so a second node or tap changes nothing. */
@Repository
class AlertRows {

    /** An alert row with its check-in, before names are added. */
    record Row(UUID id, UUID organisationId, UUID checkInId, AlertKind kind, int level, Instant raisedAt,
            Instant escalatedAt, Instant acknowledgedAt, UUID acknowledgedBy, CheckIn checkIn) {
    }

    private static final String SELECT = "select a.id, a.organisation_id, a.check_in_id, a.kind, a.alert_level, "
            + "a.raised_at, a.escalated_at, a.acknowledged_at, a.acknowledged_by, c.visit_id, c.worker_id, c.team_id, "
            + "c.patient_id, c.visit_day, c.task_name, c.address, c.postcode, c.alert_to, c.arrived_at, "
            + "c.expected_out_at, c.left_at ";
    private static final String FROM = "from lone_worker_alert a join lone_work_check_in c on c.id = a.check_in_id ";
    /** "I need help" first, then the escalated, then the oldest. */
    private static final String ORDER = "case when a.kind = 'HELP' then 0 else 1 end, a.alert_level desc, a.raised_at, a.id";

    private final JdbcClient jdbc;

    AlertRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the alert unless one with this check-in, kind and round exists: true when this call wrote it. */
    boolean insert(UUID id, CheckIn checkIn, AlertKind kind, int round, int level, Instant at, UUID raisedBy) {
        return jdbc.sql("insert into lone_worker_alert (id, organisation_id, check_in_id, kind, round_no, alert_level, "
                + "raised_at, raised_by) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(id, checkIn.organisationId(), checkIn.id(), kind.name(), round, level, Time.db(at), raisedBy)
                .update() == 1;
    }

    void address(UUID alertId, UUID organisationId, Collection<UUID> people, int level) {
        for (UUID person : people) {
            jdbc.sql("insert into lone_worker_alert_recipient (alert_id, staff_id, organisation_id, alert_level) "
                    + "values (?, ?, ?, ?) on conflict do nothing")
                    .params(alertId, person, organisationId, level).update();
        }
    }

    /** The open "I need help" alert of a check-in, if any, and how many there have been. */
    Optional<UUID> openHelp(UUID checkInId) {
        return jdbc.sql("select id from lone_worker_alert where check_in_id = ? and kind = 'HELP' "
                + "and acknowledged_at is null order by round_no desc limit 1").param(checkInId).query(UUID.class)
                .optional();
    }

    int helpRounds(UUID checkInId) {
        return jdbc
                .sql("select coalesce(max(round_no), 0) from lone_worker_alert where check_in_id = ? and kind = 'HELP'")
                .param(checkInId).query(Integer.class).single();
    }

    boolean anyOpenHelp(UUID organisationId, UUID workerId, UUID visitId) {
        return jdbc
                .sql("select count(*) " + FROM + "where c.organisation_id = ? and c.worker_id = ? and c.visit_id = ? "
                        + "and a.kind = 'HELP' and a.acknowledged_at is null")
                .params(organisationId, workerId, visitId)
                .query(Long.class).single() > 0;
    }

    /** Lifts a first-level alert to level 2 unless it is acknowledged or lifted already: true when this call did. */
    boolean escalate(UUID id, Instant at) {
        return jdbc.sql("update lone_worker_alert set alert_level = 2, escalated_at = ? "
                + "where id = ? and alert_level = 1 and acknowledged_at is null").params(Time.db(at), id).update() == 1;
    }

    boolean acknowledge(UUID id, UUID by, Instant at) {
        return jdbc.sql("update lone_worker_alert set acknowledged_at = ?, acknowledged_by = ? "
                + "where id = ? and acknowledged_at is null").params(Time.db(at), by, id).update() == 1;
    }

    /**
     * First-level alerts nobody has acknowledged that were raised before {@code raisedBefore}: the job's escalations.
     */
    List<Row> awaitingEscalation(Instant raisedBefore, int limit) {
        return jdbc.sql(SELECT + FROM + "where a.acknowledged_at is null and a.alert_level = 1 and a.raised_at <= ? "
                + "order by a.raised_at, a.id limit ?").params(Time.db(raisedBefore), limit).query(AlertRows::map)
                .list();
    }

    Optional<Row> find(UUID organisationId, UUID id) {
        return jdbc.sql(SELECT + FROM + "where a.organisation_id = ? and a.id = ?").params(organisationId, id)
                .query(AlertRows::map).optional();
    }

    boolean isRecipient(UUID alertId, UUID staffId) {
        return jdbc.sql("select count(*) from lone_worker_alert_recipient where alert_id = ? and staff_id = ?")
                .params(alertId, staffId).query(Long.class).single() > 0;
    }

    List<UUID> recipients(UUID alertId) {
        return jdbc.sql(
                "select staff_id from lone_worker_alert_recipient where alert_id = ? order by alert_level, staff_id")
                .param(alertId).query(UUID.class).list();
    }

    /** The open alerts addressed to a person, a page at a time. */
    Page<Row> openFor(UUID organisationId, UUID staffId, PageRequest page) {
        return PagedQuery.of(jdbc, page, SELECT, FROM + "join lone_worker_alert_recipient r on r.alert_id = a.id "
                + "where r.organisation_id = ? and r.staff_id = ? and a.acknowledged_at is null", ORDER,
                AlertRows::map, organisationId, staffId);
    }

    /** How many open alerts are addressed to a person: the banner's one query per page. */
    long openCount(UUID organisationId, UUID staffId) {
        return jdbc
                .sql("select count(*) from lone_worker_alert_recipient r join lone_worker_alert a on a.id = r.alert_id "
                        + "where r.organisation_id = ? and r.staff_id = ? and a.acknowledged_at is null")
                .params(organisationId, staffId).query(Long.class).single();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        UUID org = rs.getObject("organisation_id", UUID.class);
        UUID checkInId = rs.getObject("check_in_id", UUID.class);
        CheckIn checkIn = new CheckIn(checkInId, org, rs.getObject("visit_id", UUID.class),
                rs.getObject("worker_id", UUID.class), rs.getObject("team_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("visit_day", LocalDate.class),
                rs.getString("task_name"), rs.getString("address"), rs.getString("postcode"),
                rs.getObject("alert_to", UUID.class), CheckInRows.instant(rs, "arrived_at"),
                CheckInRows.instant(rs, "expected_out_at"), CheckInRows.instant(rs, "left_at"));
        return new Row(rs.getObject("id", UUID.class), org, checkInId, AlertKind.valueOf(rs.getString("kind")),
                rs.getInt("alert_level"), CheckInRows.instant(rs, "raised_at"), CheckInRows.instant(rs, "escalated_at"),
                CheckInRows.instant(rs, "acknowledged_at"), rs.getObject("acknowledged_by", UUID.class), checkIn);
    }
}
