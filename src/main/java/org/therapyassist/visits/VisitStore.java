package org.therapyassist.visits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.therapyassist.platform.Time;

/** The visits module's tables: shifts, a team's day, its visits and who makes them (working and published copies). */
@Repository
class VisitStore {

    /** A visit as stored. */
    record Row(UUID id, UUID organisationId, UUID teamId, LocalDate day, UUID delegationId, UUID patientId,
            String taskTypeCode, int durationMinutes, LocalTime windowFrom, LocalTime windowTo, boolean doubleUp,
            UUID preferredWorkerId, boolean pinned, Instant cancelledAt, String reasonCode, String reason,
            int version) {

        boolean cancelled() {
            return cancelledAt != null;
        }
    }

    /** A team's day as stored. */
    record DayRow(UUID teamId, LocalDate day, Instant plannedAt, UUID plannedBy, Instant publishedAt,
            UUID publishedBy, boolean unpublishedChanges, int version) {
    }

    enum Copy { DRAFT, PUBLISHED }

    private final JdbcClient jdbc;

    VisitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The team's day, created (unplanned) the first time it is asked for, and locked until the transaction ends. */
    DayRow lockDay(UUID organisationId, UUID teamId, LocalDate day) {
        Optional<DayRow> found = findDayForUpdate(teamId, day);
        if (found.isPresent()) {
            return found.get();
        }
        // Two requests making the same new day at once: the primary key keeps one, the other is told of a conflict.
        jdbc.sql("insert into visit_day (team_id, plan_day, organisation_id) values (?, ?, ?)")
                .params(teamId, day, organisationId).update();
        return findDayForUpdate(teamId, day).orElseThrow();
    }

    Optional<DayRow> findDay(UUID teamId, LocalDate day) {
        return jdbc.sql("select * from visit_day where team_id = ? and plan_day = ?").params(teamId, day)
                .query(VisitStore::day).optional();
    }

    private Optional<DayRow> findDayForUpdate(UUID teamId, LocalDate day) {
        return jdbc.sql("select * from visit_day where team_id = ? and plan_day = ? for update").params(teamId, day)
                .query(VisitStore::day).optional();
    }

    void planned(UUID teamId, LocalDate day, UUID by, Instant at) {
        jdbc.sql("update visit_day set planned_at = ?, planned_by = ?, unpublished_changes = published_at is not null, "
                + "version = version + 1 where team_id = ? and plan_day = ?")
                .params(Time.db(at), by, teamId, day).update();
    }

    void changed(UUID teamId, LocalDate day) {
        jdbc.sql("update visit_day set unpublished_changes = published_at is not null, version = version + 1 "
                + "where team_id = ? and plan_day = ?").params(teamId, day).update();
    }

    void published(UUID teamId, LocalDate day, UUID by, Instant at) {
        jdbc.sql("update visit_day set published_at = ?, published_by = ?, unpublished_changes = false, "
                + "version = version + 1 where team_id = ? and plan_day = ?")
                .params(Time.db(at), by, teamId, day).update();
    }

    List<Row> visits(UUID teamId, LocalDate day) {
        return jdbc.sql("select * from visit where team_id = ? and visit_day = ? order by window_from, id")
                .params(teamId, day).query(VisitStore::visit).list();
    }

    Optional<Row> visit(UUID organisationId, UUID id) {
        return jdbc.sql("select * from visit where organisation_id = ? and id = ?").params(organisationId, id)
                .query(VisitStore::visit).optional();
    }

    void insertVisit(Row v, Instant now) {
        jdbc.sql("insert into visit (id, organisation_id, team_id, visit_day, delegation_id, patient_id, "
                + "task_type_code, duration_minutes, window_from, window_to, double_up, preferred_worker_id, pinned, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(v.id(), v.organisationId(), v.teamId(), v.day(), v.delegationId(), v.patientId(),
                        v.taskTypeCode(), v.durationMinutes(), v.windowFrom(), v.windowTo(), v.doubleUp(),
                        v.preferredWorkerId(), v.pinned(), Time.db(now))
                .update();
    }

    void cancel(UUID visitId, Instant at, String reasonCode, String reason) {
        jdbc.sql(
                "update visit set cancelled_at = ?, pinned = false, reason_code = ?, reason = ?, version = version + 1 "
                        + "where id = ?")
                .params(Time.db(at), reasonCode, reason, visitId).update();
        jdbc.sql("delete from visit_assignment where visit_id = ? and plan_copy = 'DRAFT'").param(visitId).update();
    }

    void setReason(UUID visitId, String code, String reason) {
        jdbc.sql("update visit set reason_code = ?, reason = ? where id = ?").params(code, reason, visitId).update();
    }

    void setPinned(UUID visitId, boolean pinned) {
        jdbc.sql("update visit set pinned = ?, version = version + 1 where id = ?").params(pinned, visitId).update();
    }

    void setDetails(UUID visitId, int minutes, LocalTime from, LocalTime to, boolean doubleUp) {
        jdbc.sql("update visit set duration_minutes = ?, window_from = ?, window_to = ?, double_up = ?, "
                + "version = version + 1 where id = ?").params(minutes, from, to, doubleUp, visitId).update();
    }

    /** The assignments of a day's visits in one copy. */
    List<Assignment> assignments(UUID teamId, LocalDate day, Copy copy) {
        return jdbc.sql("select a.visit_id, a.worker_id, a.starts_at, a.ends_at from visit_assignment a "
                + "join visit v on v.id = a.visit_id where v.team_id = ? and v.visit_day = ? and a.plan_copy = ? "
                + "order by a.starts_at, a.worker_id")
                .params(teamId, day, copy.name()).query(VisitStore::assignment).list();
    }

    List<Assignment> assignmentsOf(UUID visitId, Copy copy) {
        return jdbc.sql("select visit_id, worker_id, starts_at, ends_at from visit_assignment "
                + "where visit_id = ? and plan_copy = ? order by worker_id")
                .params(visitId, copy.name()).query(VisitStore::assignment).list();
    }

    /** Replaces the day's working copy with these assignments. */
    void replaceDraft(UUID teamId, LocalDate day, Collection<Assignment> assignments) {
        jdbc.sql("delete from visit_assignment where plan_copy = 'DRAFT' and visit_id in "
                + "(select id from visit where team_id = ? and visit_day = ?)").params(teamId, day).update();
        insert(assignments, Copy.DRAFT);
    }

    void replaceDraftOf(UUID visitId, Collection<Assignment> assignments) {
        jdbc.sql("delete from visit_assignment where plan_copy = 'DRAFT' and visit_id = ?").param(visitId).update();
        insert(assignments, Copy.DRAFT);
    }

    /** Publishing: the published copy becomes the working copy. */
    void publishDraft(UUID teamId, LocalDate day) {
        jdbc.sql("delete from visit_assignment where plan_copy = 'PUBLISHED' and visit_id in "
                + "(select id from visit where team_id = ? and visit_day = ?)").params(teamId, day).update();
        jdbc.sql("insert into visit_assignment (visit_id, plan_copy, worker_id, starts_at, ends_at) "
                + "select a.visit_id, 'PUBLISHED', a.worker_id, a.starts_at, a.ends_at from visit_assignment a "
                + "join visit v on v.id = a.visit_id where v.team_id = ? and v.visit_day = ? and a.plan_copy = 'DRAFT'")
                .params(teamId, day).update();
    }

    /** Takes a visit off both copies: a lapsed competency pulls it back to re-plan. */
    void withdraw(UUID visitId) {
        jdbc.sql("delete from visit_assignment where visit_id = ?").param(visitId).update();
    }

    private void insert(Collection<Assignment> assignments, Copy copy) {
        for (Assignment a : assignments) {
            jdbc.sql("insert into visit_assignment (visit_id, plan_copy, worker_id, starts_at, ends_at) "
                    + "values (?, ?, ?, ?, ?)")
                    .params(a.visitId(), copy.name(), a.workerId(), a.start(), a.end()).update();
        }
    }

    /** The published visits a worker makes on a day, with their assignments, in order of start. */
    List<Row> publishedFor(UUID organisationId, UUID workerId, LocalDate day) {
        return jdbc.sql("select v.* from visit v join visit_assignment a on a.visit_id = v.id "
                + "where v.organisation_id = ? and a.worker_id = ? and v.visit_day = ? and a.plan_copy = 'PUBLISHED' "
                + "and v.cancelled_at is null order by a.starts_at, v.id")
                .params(organisationId, workerId, day).query(VisitStore::visit).list();
    }

    Map<UUID, List<Assignment>> publishedOf(Collection<UUID> visitIds) {
        Map<UUID, List<Assignment>> byVisit = new HashMap<>();
        if (visitIds.isEmpty()) {
            return byVisit;
        }
        jdbc.sql("select visit_id, worker_id, starts_at, ends_at from visit_assignment "
                + "where plan_copy = 'PUBLISHED' and visit_id in (:ids) order by starts_at, worker_id")
                .param("ids", List.copyOf(visitIds)).query(VisitStore::assignment).list()
                .forEach(a -> byVisit.computeIfAbsent(a.visitId(), k -> new ArrayList<>()).add(a));
        return byVisit;
    }

    boolean publishedCovers(UUID organisationId, UUID delegationId, UUID workerId, LocalDate day) {
        return jdbc.sql("select count(*) from visit v join visit_assignment a on a.visit_id = v.id "
                + "where v.organisation_id = ? and v.delegation_id = ? and v.visit_day = ? and a.worker_id = ? "
                + "and a.plan_copy = 'PUBLISHED' and v.cancelled_at is null")
                .params(organisationId, delegationId, day, workerId).query(Long.class).single() > 0;
    }

    /** Published days from a date on, for checking them again (a competency lapsing before the visit). */
    List<DayRow> publishedDaysFrom(LocalDate from) {
        return jdbc.sql("select * from visit_day where plan_day >= ? and published_at is not null "
                + "order by plan_day, team_id limit 1000").param(from).query(VisitStore::day).list();
    }

    UUID organisationOfDay(UUID teamId, LocalDate day) {
        return jdbc.sql("select organisation_id from visit_day where team_id = ? and plan_day = ?")
                .params(teamId, day).query(UUID.class).single();
    }

    /** Visits pulled back "to re-plan" on days from {@code from} on, of the days this person published. */
    List<Row> toReplan(UUID organisationId, UUID publishedBy, LocalDate from, int limit) {
        return jdbc
                .sql("select v.* from visit v join visit_day d on d.team_id = v.team_id and d.plan_day = v.visit_day "
                        + "where v.organisation_id = ? and d.published_by = ? and v.visit_day >= ? "
                        + "and v.reason_code = 'visits.reason.to-replan' and v.cancelled_at is null and not exists "
                        + "(select 1 from visit_assignment a where a.visit_id = v.id) order by v.visit_day, v.window_from, v.id "
                        + "limit " + limit)
                .params(organisationId, publishedBy, from).query(VisitStore::visit).list();
    }

    private static Row visit(ResultSet rs, int n) throws SQLException {
        var cancelled = rs.getObject("cancelled_at", OffsetDateTime.class);
        return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("team_id", UUID.class), rs.getObject("visit_day", LocalDate.class),
                rs.getObject("delegation_id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getString("task_type_code"), rs.getInt("duration_minutes"),
                rs.getObject("window_from", LocalTime.class), rs.getObject("window_to", LocalTime.class),
                rs.getBoolean("double_up"), rs.getObject("preferred_worker_id", UUID.class), rs.getBoolean("pinned"),
                cancelled == null ? null : cancelled.toInstant(), rs.getString("reason_code"), rs.getString("reason"),
                rs.getInt("version"));
    }

    private static Assignment assignment(ResultSet rs, int n) throws SQLException {
        return new Assignment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class));
    }

    private static DayRow day(ResultSet rs, int n) throws SQLException {
        var planned = rs.getObject("planned_at", OffsetDateTime.class);
        var published = rs.getObject("published_at", OffsetDateTime.class);
        return new DayRow(rs.getObject("team_id", UUID.class), rs.getObject("plan_day", LocalDate.class),
                planned == null ? null : planned.toInstant(), rs.getObject("planned_by", UUID.class),
                published == null ? null : published.toInstant(), rs.getObject("published_by", UUID.class),
                rs.getBoolean("unpublished_changes"), rs.getInt("version"));
    }
}
