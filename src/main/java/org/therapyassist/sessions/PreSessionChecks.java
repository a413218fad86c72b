package org.therapyassist.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.SessionTargets;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Formats;
import org.therapyassist.platform.web.Messages;

/**
 * Before the session: the worker's checklist, kept and audited. A stop raises an escalation to the delegator in the
 * same transaction, so a stopped checklist is never saved without the registrant being told; a session of a task that
 * asks
 * for observations is recorded only with a passing checklist of that day, used once.
 */
@Service
public class PreSessionChecks {

    private final JdbcClient jdbc;
    private final DelegationDesk delegations;
    private final SessionTargets targets;
    private final Escalations escalations;
    private final PatientAccess access;
    private final Formats formats;
    private final Clock clock;

    PreSessionChecks(JdbcClient jdbc, DelegationDesk delegations, SessionTargets targets, Escalations escalations,
            PatientAccess access, Formats formats, Clock clock) {
        this.formats = formats;
        this.targets = targets;
        this.jdbc = jdbc;
        this.delegations = delegations;
        this.escalations = escalations;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Goes through the checklist for today's session of the worker's own accepted delegation; or keeps one gone through
     * on the phone without signal, sent later with the id the phone made for it and when it was taken. Sending that id
     * again answers with the checklist already kept, so a retry never makes a second checklist or a second escalation.
     */
    @Transactional
    public PreSessionCheck check(CurrentUser user, UUID delegationId, NewPreSessionCheck answers) {
        DelegationView d = delegations.view(user, delegationId);
        if (answers.id() != null) {
            Optional<PreSessionCheck> kept = findAnywhere(answers.id());
            if (kept.isPresent()) {
                return sameAgain(user, d, kept.get());
            }
        }
        Instant now = clock.instant();
        Instant takenAt = answers.takenAt() == null ? now : answers.takenAt();
        PreSessionRules.takenAtProblem(takenAt, now).ifPresent(m -> {
            throw new InvalidInputException(Map.of("takenAt", m));
        });
        LocalDate day = takenAt.atZone(Time.LONDON).toLocalDate();
        if (!targets.sentToDo(user, d.id(), d.workerId(), day)) {
            throw new NotAllowedException("pre-session-check.not-your-delegation",
                    Messages.text("sessions.refusal.check-not-yours"));
        }
        if (!PreSessionRules.acceptedWhenTaken(d.status(), d.respondedAt(), d.closedAt(), takenAt,
                answers.takenAt() != null)) {
            throw new ConflictException("pre-session-check.delegation-not-accepted",
                    Messages.text("sessions.refusal.check-not-accepted", d.statusTitle().toLowerCase()));
        }
        if (day.isBefore(d.startsOn()) || day.isAfter(d.endsOn())) {
            throw new ConflictException("pre-session-check.outside-dates",
                    Messages.text("sessions.refusal.check-outside-dates"));
        }
        Map<String, String> problems = PreSessionRules.problems(d.observationLimits(), answers.readings());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PreSessionRules.Outcome outcome = PreSessionRules.decide(d.observationLimits(), answers.consentToday(),
                answers.readings(), answers.redFlagsYes());
        boolean late = answers.takenAt() != null;
        UUID escalationId = outcome.go()
                ? null
                : escalations.raise(user, d, null, escalationText(outcome, late ? takenAt : null, now)).id();
        UUID id = answers.id() == null ? Ids.newId() : answers.id();
        jdbc.sql(
                "insert into pre_session_check (id, organisation_id, delegation_id, patient_id, worker_id, checked_on, "
                        + "checked_at, consent_today, heart_rate, systolic, diastolic, oxygen_saturation, respiratory_rate, "
                        + "temperature, red_flags_yes, outcome, reasons, escalation_id, received_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), d.id(), d.patient().id(), user.staffId(), day, Time.db(takenAt),
                        answers.consentToday(), answers.heartRate(), answers.systolic(), answers.diastolic(),
                        answers.oxygenSaturation(), answers.respiratoryRate(), answers.temperature(),
                        answers.redFlagsYes().stream().map(Enum::name).collect(Collectors.joining(",")),
                        outcome.go() ? "GO" : "STOP",
                        outcome.reasons().isEmpty() ? null : String.join("\n", outcome.reasons()), escalationId,
                        late ? Time.db(now) : null)
                .update();
        access.check(user, d.patient().id(), PatientAction.CHECK_BEFORE_SESSION, id);
        return find(user.organisationId(), id).orElseThrow();
    }

    /** The registrant reads when a stop sent late was found, and when it arrived: they judge how urgent it still is. */
    private String escalationText(PreSessionRules.Outcome outcome, Instant takenWithoutSignal, Instant now) {
        String reasons = String.join("; ", outcome.reasons());
        return takenWithoutSignal == null
                ? Messages.text("sessions.check.escalation", reasons)
                : Messages.text("sessions.check.escalation.late", reasons, formats.dateTime(takenWithoutSignal),
                        formats.dateTime(now));
    }

    /** The phone sent a checklist already kept (its answer was lost): the same one again, if it is this one. */
    private PreSessionCheck sameAgain(CurrentUser user, DelegationView d, PreSessionCheck kept) {
        if (!kept.delegationId().equals(d.id()) || !kept.workerId().equals(user.staffId())) {
            throw new ConflictException("pre-session-check.id-taken", Messages.text("sessions.refusal.check-id-taken"));
        }
        return open(user, kept.id());
    }

    /** A checklist, for the worker who went through it or anyone who may open the patient's record. */
    @Transactional
    public PreSessionCheck open(CurrentUser user, UUID id) {
        PreSessionCheck check = find(user.organisationId(), id)
                .orElseThrow(() -> new NotFoundException("pre-session-check.not-found",
                        Messages.text("sessions.refusal.check-not-found")));
        access.check(user, check.patientId(), PatientAction.VIEW_RECORD, id);
        return check;
    }

    /** Whether this checklist lets this worker record today's session of this delegation (for the record form). */
    @Transactional(readOnly = true)
    public boolean lets(CurrentUser user, UUID delegationId, UUID checkId) {
        return checkId != null && find(user.organisationId(), checkId)
                .filter(c -> c.delegationId().equals(delegationId) && c.workerId().equals(user.staffId())
                        && !c.stopped() && c.sessionRecordId() == null && c.checkedOn().equals(Time.today(clock)))
                .isPresent();
    }

    /**
     * Refuses a session record the checklist does not allow: for a task that asks for observations, a passing checklist
     * by the same worker, for the same delegation, on the day of the session, not used for another record; a checklist
     * given for any other task is held to the same.
     */
    void requirePassing(CurrentUser user, DelegationView d, LocalDate performedOn, UUID checkId) {
        if (checkId == null) {
            if (d.asksForObservations()) {
                throw new RefusedException("record.pre-session-check-required",
                        Messages.text("sessions.refusal.check-required"));
            }
            return;
        }
        PreSessionCheck check = find(user.organisationId(), checkId)
                .filter(c -> c.delegationId().equals(d.id()) && c.workerId().equals(user.staffId())
                        && c.checkedOn().equals(performedOn))
                .orElseThrow(() -> new RefusedException("record.pre-session-check-not-for-this-session",
                        Messages.text("sessions.refusal.check-other-session")));
        if (check.stopped()) {
            throw new RefusedException("record.pre-session-check-stopped",
                    Messages.text("sessions.refusal.check-stopped"));
        }
        if (check.sessionRecordId() != null) {
            throw usedAlready();
        }
    }

    /** Keeps the checklist with the record it allowed; a checklist allows one record only. */
    void useFor(CurrentUser user, UUID checkId, UUID recordId) {
        int rows = jdbc.sql("update pre_session_check set session_record_id = ? where organisation_id = ? and id = ? "
                + "and outcome = 'GO' and session_record_id is null")
                .params(recordId, user.organisationId(), checkId).update();
        if (rows != 1) {
            throw usedAlready();
        }
    }

    /** The checklist each of these session records was recorded with, where there was one. */
    @Transactional(readOnly = true)
    public Map<UUID, UUID> ofRecords(UUID organisationId, Collection<UUID> recordIds) {
        Map<UUID, UUID> out = new HashMap<>();
        if (!recordIds.isEmpty()) {
            jdbc.sql("select session_record_id, id from pre_session_check where organisation_id = :org "
                    + "and session_record_id in (:ids)")
                    .param("org", organisationId).param("ids", List.copyOf(recordIds))
                    .query(rs -> {
                        out.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                    });
        }
        return out;
    }

    private static ConflictException usedAlready() {
        return new ConflictException("record.pre-session-check-used", Messages.text("sessions.refusal.check-used"));
    }

    /** Any organisation's: an id a phone made is refused if it is taken anywhere, never stored twice. */
    private Optional<PreSessionCheck> findAnywhere(UUID id) {
        return jdbc.sql("select * from pre_session_check where id = ?").param(id).query(PreSessionChecks::map)
                .optional();
    }

    private Optional<PreSessionCheck> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from pre_session_check where organisation_id = ? and id = ?")
                .params(organisationId, id).query(PreSessionChecks::map).optional();
    }

    private static PreSessionCheck map(ResultSet rs, int n) throws SQLException {
        String flags = rs.getString("red_flags_yes");
        String reasons = rs.getString("reasons");
        return new PreSessionCheck(rs.getObject("id", UUID.class), rs.getObject("delegation_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("worker_id", UUID.class),
                rs.getObject("checked_on", LocalDate.class),
                rs.getObject("checked_at", OffsetDateTime.class).toInstant(), rs.getBoolean("consent_today"),
                new PreSessionCheck.Readings(integer(rs, "heart_rate"), integer(rs, "systolic"),
                        integer(rs, "diastolic"), integer(rs, "oxygen_saturation"), integer(rs, "respiratory_rate"),
                        rs.getBigDecimal("temperature")),
                flags.isEmpty() ? List.of() : Arrays.stream(flags.split(",")).map(RedFlag::valueOf).toList(),
                rs.getString("outcome"), reasons == null ? List.of() : List.of(reasons.split("\n")),
                rs.getObject("escalation_id", UUID.class), rs.getObject("session_record_id", UUID.class),
                Time.instant(rs.getObject("received_at", OffsetDateTime.class)));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
