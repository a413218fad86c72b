package org.therapyassist.delegation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.therapyassist.competence.CompetencyCheck;
import org.therapyassist.delegation.Delegation.Activity;
import org.therapyassist.delegation.Delegation.Plan;
import org.therapyassist.delegation.Enums.Consent;
import org.therapyassist.delegation.Enums.DeclineReason;
import org.therapyassist.delegation.Enums.Status;
import org.therapyassist.delegation.Enums.Supervision;
import org.therapyassist.delegation.Enums.TimeOfDay;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/** Delegations in SQL. Updates carry the version read, so a change made in between is a 409, never a lost update. */
@Repository
class DelegationRepository {

    private final JdbcClient jdbc;

    DelegationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Delegation> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from delegation where organisation_id = ? and id = ?")
                .params(organisationId, id).query(DelegationRepository::map).optional();
    }

    Optional<Delegation> findForUpdate(UUID organisationId, UUID id) {
        return jdbc.sql("select * from delegation where organisation_id = ? and id = ? for update")
                .params(organisationId, id).query(DelegationRepository::map).optional();
    }

    /** Each delegation's task type code, for the ids of this organisation that exist. */
    Map<UUID, String> taskTypeCodes(UUID organisationId, Collection<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, task_type_code from delegation where organisation_id = :org and id in (:ids)")
                    .param("org", organisationId).param("ids", List.copyOf(ids))
                    .query(rs -> {
                        out.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return out;
    }

    long count(String where, Object... params) {
        return jdbc.sql("select count(*) from delegation where " + where).params(params).query(Long.class).single();
    }

    /** One page of delegations matching {@code where}, in the given order (ending with a unique column). */
    Page<Delegation> page(PageRequest page, String where, String order, Object... params) {
        Object[] withPage = Arrays.copyOf(params, params.length + 2);
        withPage[params.length] = page.size();
        withPage[params.length + 1] = page.offset();
        return page.of(count(where, params), () -> query(where + " order by " + order + " limit ? offset ?", withPage));
    }

    List<Delegation> query(String where, Object... params) {
        return jdbc.sql("select * from delegation where " + where).params(params).query(DelegationRepository::map)
                .list();
    }

    void insert(Delegation d, Instant checksConfirmedAt, CompetencyCheck evidence) {
        Plan p = d.plan();
        jdbc.sql("insert into delegation (id, organisation_id, patient_id, episode_id, task_type_code, delegator_id, "
                + "delegator_registration, worker_id, instructions, frequency, time_of_day, starts_on, ends_on, "
                + "escalation_criteria, patient_risks, consent, consent_note, supervision, contact_instructions, "
                + "review_on, checks_confirmed_at, status, created_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(d.id(), d.organisationId(), d.patientId(), d.episodeId(), d.taskTypeCode(), d.delegatorId(),
                        d.delegatorRegistration(), d.workerId(), p.instructions(), p.frequency().name(),
                        p.timeOfDay().name(), p.startsOn(), p.endsOn(), p.escalationCriteria(), p.patientRisks(),
                        p.consent().name(), p.consentNote(), p.supervision().name(), p.contactInstructions(),
                        d.reviewOn(), Time.db(checksConfirmedAt), d.status().name(), Time.db(d.createdAt()))
                .update();
        for (CompetencyCheck.Held held : evidence.held()) {
            jdbc.sql(
                    "insert into delegation_evidence (delegation_id, organisation_id, competency_code, signoff_id, expires_on) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(d.id(), d.organisationId(), held.competencyCode(), held.signOff().id(),
                            held.signOff().expiresOn())
                    .update();
        }
    }

    /** The observations asked for before each session, one row per observation; none when the task asks none. */
    void insertObservationLimits(Delegation d, ObservationLimits limits) {
        for (Observation o : limits.asked()) {
            ObservationLimits.Range r = limits.of(o).orElseThrow();
            jdbc.sql(
                    "insert into delegation_observation_limit (delegation_id, organisation_id, observation, low_limit, "
                            + "high_limit) values (?, ?, ?, ?, ?)")
                    .params(d.id(), d.organisationId(), o.name(), r.low(), r.high())
                    .update();
        }
    }

    /** The limits of each of these delegations that asks for observations, in one query. */
    Map<UUID, ObservationLimits> observationLimits(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<Observation, ObservationLimits.Range>> rows = new HashMap<>();
        jdbc.sql("select delegation_id, observation, low_limit, high_limit from delegation_observation_limit "
                + "where organisation_id = :org and delegation_id in (:ids)")
                .param("org", organisationId).param("ids", List.copyOf(ids))
                .query(rs -> {
                    rows.computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(Observation.class))
                            .put(Observation.valueOf(rs.getString(2)),
                                    new ObservationLimits.Range(rs.getBigDecimal(3), rs.getBigDecimal(4)));
                });
        Map<UUID, ObservationLimits> out = new HashMap<>();
        rows.forEach((id, ranges) -> out.put(id, ObservationLimits.of(ranges)));
        return out;
    }

    /** Saves a transition; if anyone else saved since this copy was read, nothing changes and a 409 follows. */
    void update(Delegation d) {
        int rows = jdbc.sql("update delegation set status = ?, decline_reason = ?, decline_note = ?, responded_at = ?, "
                + "closed_at = ?, close_note = ?, review_on = ?, version = version + 1 "
                + "where organisation_id = ? and id = ? and version = ?")
                .params(d.status().name(), d.declineReason() == null ? null : d.declineReason().name(), d.declineNote(),
                        Time.db(d.respondedAt()), Time.db(d.closedAt()), d.closeNote(), d.reviewOn(),
                        d.organisationId(), d.id(), d.version())
                .update();
        if (rows != 1) {
            throw new ConflictException("delegation.changed",
                    Messages.text("delegation.refusal.changed"));
        }
    }

    void updateActivity(Delegation d, Activity activity) {
        jdbc.sql("update delegation set last_session_on = ?, sessions_count = ?, week_of_last_session = ?, "
                + "sessions_that_week = ? where organisation_id = ? and id = ?")
                .params(activity.lastSessionOn(), activity.sessionsCount(), activity.weekOfLastSession(),
                        activity.sessionsThatWeek(), d.organisationId(), d.id())
                .update();
    }

    List<Evidence> evidence(UUID organisationId, UUID delegationId) {
        return jdbc.sql("select competency_code, signoff_id, expires_on from delegation_evidence "
                + "where organisation_id = ? and delegation_id = ? order by competency_code")
                .params(organisationId, delegationId)
                .query((rs, n) -> new Evidence(rs.getString(1), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class)))
                .list();
    }

    record Evidence(String competencyCode, UUID signOffId, LocalDate expiresOn) {
    }

    static Delegation map(ResultSet rs, int n) throws SQLException {
        Plan plan = new Plan(rs.getString("instructions"), Frequency.valueOf(rs.getString("frequency")),
                TimeOfDay.valueOf(rs.getString("time_of_day")), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("escalation_criteria"),
                rs.getString("patient_risks"), Consent.valueOf(rs.getString("consent")), rs.getString("consent_note"),
                Supervision.valueOf(rs.getString("supervision")), rs.getString("contact_instructions"));
        String decline = rs.getString("decline_reason");
        Activity activity = new Activity(rs.getObject("last_session_on", LocalDate.class), rs.getInt("sessions_count"),
                rs.getObject("week_of_last_session", LocalDate.class), rs.getInt("sessions_that_week"));
        return new Delegation(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("episode_id", UUID.class),
                rs.getString("task_type_code"), rs.getObject("delegator_id", UUID.class),
                rs.getString("delegator_registration"), rs.getObject("worker_id", UUID.class), plan,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), Status.valueOf(rs.getString("status")),
                decline == null ? null : DeclineReason.valueOf(decline), rs.getString("decline_note"),
                Time.instant(rs.getObject("responded_at", OffsetDateTime.class)),
                Time.instant(rs.getObject("closed_at", OffsetDateTime.class)), rs.getString("close_note"),
                rs.getObject("review_on", LocalDate.class), activity, rs.getInt("version"));
    }
}
