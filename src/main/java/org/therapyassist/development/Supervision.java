package org.therapyassist.development;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/** Supervision sessions for support workers, and who is overdue (the policy is every 6 to 8 weeks). */
@Service
public class Supervision {

    /** The longest gap policy allows between supervision sessions. */
    public static final int MAX_WEEKS_BETWEEN = 8;

    public enum Kind { CLINICAL, MANAGERIAL, PEER }

    public enum Wellbeing { GOOD, SOME_CONCERNS, NEEDS_SUPPORT }

    public record NewSession(LocalDate heldOn, Kind kind, String discussed, String actions, Wellbeing wellbeing,
            LocalDate nextDueOn) {
    }

    @Schema(name = "SupervisionSession")
    public record Session(UUID id, String supervisorName, LocalDate heldOn, Kind kind, String discussed, String actions,
            Wellbeing wellbeing, LocalDate nextDueOn) {
    }

    /** Where a support worker stands: the last session and when the next is due; never supervised counts as overdue. */
    @Schema(name = "SupervisionStanding")
    public record Standing(UUID staffId, String name, String team, LocalDate lastHeldOn, LocalDate nextDueOn,
            boolean overdue) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Supervision(JdbcClient jdbc, StaffDirectory staff, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID record(CurrentUser user, UUID staffId, NewSession command) {
        StaffMember supervisee = staff.require(user.organisationId(), staffId);
        if (supervisee.id().equals(user.staffId())) {
            throw new NotAllowedException("supervision.self", "You cannot record your own supervision.");
        }
        if (!user.isRegistrant() && !staff.require(user.organisationId(), user.staffId()).jobRole()
                .equals(JobRole.SUPPORT_WORKER_LEAD)) {
            throw new NotAllowedException("supervision.supervisor-only",
                    "Supervision is recorded by a registered therapist or the support-worker lead.");
        }
        LocalDate today = Time.today(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        if (command.heldOn() == null) {
            errors.put("heldOn", "Enter the date of the session");
        } else if (command.heldOn().isAfter(today)) {
            errors.put("heldOn", "The session date cannot be in the future");
        }
        if (command.kind() == null) {
            errors.put("kind", "Choose the type of supervision");
        }
        if (command.discussed() == null || command.discussed().isBlank()) {
            errors.put("discussed", "Enter what was discussed");
        }
        if (command.wellbeing() == null) {
            errors.put("wellbeing", "Record the wellbeing check");
        }
        LocalDate next = command.nextDueOn() != null
                ? command.nextDueOn()
                : command.heldOn() == null ? null : command.heldOn().plusWeeks(6);
        if (next != null && command.heldOn() != null
                && (!next.isAfter(command.heldOn()) || next.isAfter(command.heldOn().plusWeeks(MAX_WEEKS_BETWEEN)))) {
            errors.put("nextDueOn", "The next session must be within " + MAX_WEEKS_BETWEEN + " weeks");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into supervision_session (id, organisation_id, staff_id, supervisor_id, held_on, kind, discussed, "
                        + "actions, wellbeing, next_due_on, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), staffId, user.staffId(), command.heldOn(), command.kind().name(),
                        command.discussed().strip(), Text.blankToNull(command.actions()), command.wellbeing().name(),
                        next,
                        Time.db(clock.instant()))
                .update();
        // The reminders that asked for this session are answered; the next one comes when it is due.
        events.publishEvent(
                new SupervisionRecorded(user.organisationId(), staffId, id, command.heldOn(), user.staffId(),
                        user.displayName()));
        audit.record(new AuditEntry(user, null, "workforce.supervision", "supervision-session", id,
                supervisee.displayName()));
        return id;
    }

    /** A person's supervision sessions, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Session> sessionsOf(UUID organisationId, UUID staffId, PageRequest page) {
        return PagedQuery.of(jdbc, page,
                "select s.id, p.given_name || ' ' || p.family_name, s.held_on, s.kind, s.discussed, "
                        + "s.actions, s.wellbeing, s.next_due_on",
                "from supervision_session s join staff_member p on p.id = s.supervisor_id "
                        + "where s.organisation_id = ? and s.staff_id = ?",
                "s.held_on desc, s.id desc",
                (rs, n) -> new Session(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        Wellbeing.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class)),
                organisationId, staffId);
    }

    /** How many support workers are overdue for supervision today (never supervised counts as overdue). */
    @Transactional(readOnly = true)
    public long overdueCount(UUID organisationId) {
        return jdbc.sql("select count(*) from staff_member w left join (select staff_id, max(next_due_on) as next_due "
                + "from supervision_session where organisation_id = ? group by staff_id) l on l.staff_id = w.id "
                + "where w.organisation_id = ? and w.enabled = true and w.job_role in " + StaffDirectory.SUPPORT_ROLES
                + " and (l.next_due is null or l.next_due < ?)")
                .params(organisationId, organisationId, Time.today(clock)).query(Long.class).single();
    }

    /** Every support worker's supervision standing today, overdue (or never supervised) first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Standing> standings(UUID organisationId, PageRequest page) {
        LocalDate today = Time.today(clock);
        return PagedQuery.of(jdbc, page,
                "select w.id, w.given_name || ' ' || w.family_name, t.name, l.last_held, l.next_due",
                "from staff_member w left join team t on t.id = w.team_id "
                        + "left join (select staff_id, max(held_on) as last_held, max(next_due_on) as next_due "
                        + "from supervision_session where organisation_id = ? group by staff_id) l on l.staff_id = w.id "
                        + "cross join (select cast(? as date) as today) d "
                        + "where w.organisation_id = ? and w.enabled = true and w.job_role in "
                        + StaffDirectory.SUPPORT_ROLES,
                "case when l.next_due is null or l.next_due < d.today then 0 else 1 end, t.name, w.family_name, "
                        + "w.given_name, w.id",
                (rs, n) -> {
                    LocalDate next = rs.getObject(5, LocalDate.class);
                    return new Standing(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), next, next == null || next.isBefore(today));
                },
                organisationId, today, organisationId);
    }

    /** Every support worker's supervision standing, overdue first. */
    @Transactional(readOnly = true)
    public List<Standing> standings(UUID organisationId) {
        return standingsOn(organisationId, Time.today(clock));
    }

    /** Every support worker's supervision standing on the given day, overdue first. */
    @Transactional(readOnly = true)
    public List<Standing> standingsOn(UUID organisationId, LocalDate today) {
        Map<UUID, LocalDate[]> latest = new HashMap<>();
        jdbc.sql(
                "select staff_id, max(held_on), max(next_due_on) from supervision_session where organisation_id = ? group by staff_id")
                .param(organisationId)
                .query(rs -> {
                    latest.put(rs.getObject(1, UUID.class),
                            new LocalDate[]{rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)});
                });
        return staff.supportWorkers(organisationId).stream()
                .map(w -> {
                    LocalDate[] l = latest.get(w.id());
                    LocalDate next = l == null ? null : l[1];
                    return new Standing(w.id(), w.displayName(), w.teamName(), l == null ? null : l[0], next,
                            next == null || next.isBefore(today));
                })
                .sorted((a, b) -> Boolean.compare(b.overdue(), a.overdue()))
                .toList();
    }
}
