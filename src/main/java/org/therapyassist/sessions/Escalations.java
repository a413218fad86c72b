package org.therapyassist.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.delegation.DelegatedTasks;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/**
 * "Stop and contact": raised by the worker, in the delegator's inbox the moment it is saved, answered by a registrant.
 */
@Service
public class Escalations {

    private final JdbcClient jdbc;
    private final PatientAccess access;
    private final PatientRecords patients;
    private final StaffDirectory staff;
    private final DelegationDesk delegations;
    private final DelegatedTasks tasks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Escalations(JdbcClient jdbc, PatientAccess access, PatientRecords patients, StaffDirectory staff,
            DelegationDesk delegations, DelegatedTasks tasks, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.access = access;
        this.patients = patients;
        this.staff = staff;
        this.delegations = delegations;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Raises a concern about a delegation without a session record (for example, on arrival the patient is unwell). */
    @Transactional
    public Escalation raise(CurrentUser user, UUID delegationId, String concern) {
        DelegationView delegation = delegations.view(user, delegationId);
        if (!delegation.workerId().equals(user.staffId())) {
            throw new NotAllowedException("escalation.not-your-delegation",
                    Messages.text("sessions.refusal.escalate-not-yours"));
        }
        return raise(user, delegation, null, concern);
    }

    Escalation raise(CurrentUser user, DelegationView delegation, UUID sessionRecordId, String concern) {
        if (concern == null || concern.isBlank()) {
            throw new InvalidInputException(Map.of("concern", Messages.text("sessions.refusal.concern.blank")));
        }
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into escalation (id, organisation_id, session_record_id, delegation_id, patient_id, raised_by, "
                        + "raised_to, concern, raised_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')")
                .params(id, user.organisationId(), sessionRecordId, delegation.id(), delegation.patient().id(),
                        user.staffId(), delegation.delegatorId(), concern.strip(), Time.db(clock.instant()))
                .update();
        access.check(user, delegation.patient().id(), PatientAction.RAISE_ESCALATION, id);
        events.publishEvent(new EscalationRaised(user.organisationId(), id, user.staffId(), delegation.delegatorId()));
        return require(user.organisationId(), id);
    }

    @Transactional
    public Escalation reply(CurrentUser user, UUID id, String reply) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("escalation.registrant-only",
                    Messages.text("sessions.refusal.answer-registrant-only"));
        }
        if (reply == null || reply.isBlank()) {
            throw new InvalidInputException(Map.of("reply", Messages.text("sessions.refusal.reply.blank")));
        }
        Escalation e = require(user.organisationId(), id);
        int rows = jdbc.sql("update escalation set status = 'ANSWERED', reply = ?, replied_by = ?, replied_at = ?, "
                + "version = version + 1 where organisation_id = ? and id = ? and status = 'OPEN'")
                .params(reply.strip(), user.staffId(), Time.db(clock.instant()), user.organisationId(), id)
                .update();
        if (rows != 1) {
            throw new ConflictException("escalation.already-answered",
                    Messages.text("sessions.refusal.already-answered"));
        }
        access.check(user, e.patient().id(), PatientAction.REPLY_ESCALATION, id);
        return require(user.organisationId(), id);
    }

    @Transactional(readOnly = true)
    public Page<Escalation> openFor(UUID organisationId, UUID registrantId, PageRequest page) {
        return page(page, "e.organisation_id = ? and e.raised_to = ? and e.status = 'OPEN'", "e.raised_at, e.id",
                organisationId, registrantId);
    }

    /** How many escalations wait for this registrant's reply (the count in their header); reads no patient. */
    @Transactional(readOnly = true)
    public long openCountFor(UUID organisationId, UUID registrantId) {
        return jdbc
                .sql("select count(*) from escalation where organisation_id = ? and raised_to = ? and status = 'OPEN'")
                .params(organisationId, registrantId).query(Long.class).single();
    }

    /** A patient's escalations by their latest event (raised or answered), newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Escalation> newestForPatient(UUID organisationId, UUID patientId, int limit) {
        return list(
                "e.organisation_id = ? and e.patient_id = ? order by greatest(e.raised_at, coalesce(e.replied_at, e.raised_at)) "
                        + "desc, e.id desc limit ?",
                organisationId, patientId, limit);
    }

    @Transactional(readOnly = true)
    public long countForPatient(UUID organisationId, UUID patientId) {
        return jdbc.sql("select count(*) from escalation where organisation_id = ? and patient_id = ?")
                .params(organisationId, patientId).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<Escalation> forPatient(UUID organisationId, UUID patientId) {
        return list("e.organisation_id = ? and e.patient_id = ? order by e.raised_at desc", organisationId, patientId);
    }

    /** Concerns raised with these session records, oldest first; the caller has checked access to the records. */
    @Transactional(readOnly = true)
    public Map<UUID, List<Escalation>> withRecords(UUID organisationId, Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        List<Escalation> found = list("e.organisation_id = :org and e.session_record_id in (:ids) order by e.raised_at",
                Map.of("org", organisationId, "ids", List.copyOf(recordIds)));
        Map<UUID, List<Escalation>> out = new HashMap<>();
        found.forEach(e -> out.computeIfAbsent(e.sessionRecordId(), k -> new ArrayList<>()).add(e));
        return out;
    }

    /**
     * What this worker escalated in the last 7 days, answered or not, so that replies reach them; audited as a
     * worklist.
     */
    @Transactional
    public Page<Escalation> raisedBy(CurrentUser user, PageRequest page) {
        Page<Escalation> mine = page(page, "e.organisation_id = ? and e.raised_by = ? and e.raised_at > ?",
                "e.raised_at desc, e.id desc",
                user.organisationId(), user.staffId(), Time.db(clock.instant().minus(Duration.ofDays(7))));
        access.checkAll(user, mine.items().stream().map(e -> e.patient().id()).toList(), PatientAction.VIEW_WORKLIST);
        return mine;
    }

    private Page<Escalation> page(PageRequest page, String where, String order, Object... params) {
        long total = jdbc.sql("select count(*) from escalation e where " + where).params(params).query(Long.class)
                .single();
        Object[] withPage = Arrays.copyOf(params, params.length + 2);
        withPage[params.length] = page.size();
        withPage[params.length + 1] = page.offset();
        return page.of(total, () -> list(where + " order by " + order + " limit ? offset ?", withPage));
    }

    private Escalation require(UUID org, UUID id) {
        return list("e.organisation_id = ? and e.id = ?", org, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("escalation.not-found",
                        Messages.text("sessions.refusal.escalation-not-found")));
    }

    private List<Escalation> list(String where, Object... params) {
        return named(jdbc.sql("select e.* from escalation e where " + where)
                .params(params).query(Escalations::row).list());
    }

    private List<Escalation> list(String where, Map<String, Object> params) {
        return named(jdbc.sql("select e.* from escalation e where " + where)
                .params(params).query(Escalations::row).list());
    }

    private List<Escalation> named(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID org = rows.getFirst().organisationId;
        Set<UUID> people = new HashSet<>();
        rows.forEach(r -> {
            people.add(r.raisedBy);
            people.add(r.raisedTo);
            if (r.repliedBy != null) {
                people.add(r.repliedBy);
            }
        });
        Map<UUID, StaffMember> names = staff.byIds(org, people);
        Map<UUID, PatientSummary> patientSummaries = patients.summaries(org,
                rows.stream().map(r -> r.patientId).toList());
        Map<UUID, String> taskNames = tasks.taskNamesOf(org, rows.stream().map(r -> r.delegationId).toList());
        return rows.stream().map(r -> new Escalation(r.id, r.delegationId, r.sessionRecordId,
                patientSummaries.get(r.patientId), r.raisedBy, name(names, r.raisedBy), r.raisedTo,
                name(names, r.raisedTo),
                r.concern, r.raisedAt.toInstant(), r.status, r.reply,
                r.repliedBy == null ? null : name(names, r.repliedBy),
                Time.instant(r.repliedAt),
                taskNames.getOrDefault(r.delegationId, Messages.text("sessions.task.fallback")))).toList();
    }

    private static String name(Map<UUID, StaffMember> names, UUID id) {
        StaffMember s = names.get(id);
        return s == null ? "Unknown" : s.displayName();
    }

    private record Row(UUID id, UUID organisationId, UUID delegationId, UUID sessionRecordId, UUID patientId,
            UUID raisedBy, UUID raisedTo, String concern, OffsetDateTime raisedAt, String status, String reply,
            UUID repliedBy, OffsetDateTime repliedAt) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("delegation_id", UUID.class), rs.getObject("session_record_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("raised_by", UUID.class),
                rs.getObject("raised_to", UUID.class), rs.getString("concern"),
                rs.getObject("raised_at", OffsetDateTime.class), rs.getString("status"), rs.getString("reply"),
                rs.getObject("replied_by", UUID.class), rs.getObject("replied_at", OffsetDateTime.class));
    }
}
