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
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.StaffNames;

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
    private final StaffNames names;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Supervision(JdbcClient jdbc, StaffDirectory staff, StaffNames names, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.names = names;
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
            throw new NotAllowedException("supervision.self", Messages.text("development.refusal.own-supervision"));
        }
        if (!user.isRegistrant() && !staff.require(user.organisationId(), user.staffId()).jobRole()
                .equals(JobRole.SUPPORT_WORKER_LEAD)) {
            throw new NotAllowedException("supervision.supervisor-only",
                    Messages.text("development.refusal.supervisor-only"));
        }
        LocalDate today = Time.today(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        if (command.heldOn() == null) {
            errors.put("heldOn", Messages.text("development.supervision.held-on.blank"));
        } else if (command.heldOn().isAfter(today)) {
            errors.put("heldOn", Messages.text("development.supervision.held-on.future"));
        }
        if (command.kind() == null) {
            errors.put("kind", Messages.text("development.supervision.kind.blank"));
        }
        if (command.discussed() == null || command.discussed().isBlank()) {
            errors.put("discussed", Messages.text("development.supervision.discussed.blank"));
        }
        if (command.wellbeing() == null) {
            errors.put("wellbeing", Messages.text("development.supervision.wellbeing.blank"));
        }
        LocalDate next = command.nextDueOn() != null
                ? command.nextDueOn()
                : command.heldOn() == null ? null : command.heldOn().plusWeeks(6);
        if (next != null && command.heldOn() != null
                && (!next.isAfter(command.heldOn()) || next.isAfter(command.heldOn().plusWeeks(MAX_WEEKS_BETWEEN)))) {
            errors.put("nextDueOn", Messages.text("development.supervision.next.too-late", MAX_WEEKS_BETWEEN));
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
        return names.complete(organisationId, PagedQuery.of(jdbc, page,
                "select s.id, s.supervisor_id, s.held_on, s.kind, s.discussed, s.actions, s.wellbeing, s.next_due_on",
                "from supervision_session s where s.organisation_id = ? and s.staff_id = ?",
                "s.held_on desc, s.id desc",
                (rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    UUID supervisorId = rs.getObject(2, UUID.class);
                    LocalDate heldOn = rs.getObject(3, LocalDate.class);
                    Kind kind = Kind.valueOf(rs.getString(4));
                    String discussed = rs.getString(5);
                    String actions = rs.getString(6);
                    Wellbeing wellbeing = Wellbeing.valueOf(rs.getString(7));
                    LocalDate nextDueOn = rs.getObject(8, LocalDate.class);
                    return StaffNames.awaiting(found -> new Session(id, found.person(supervisorId), heldOn, kind,
                            discussed, actions, wellbeing, nextDueOn), supervisorId);
                },
                organisationId, staffId));
    }

    /** How many support workers are overdue for supervision today (never supervised counts as overdue). */
    @Transactional(readOnly = true)
    public long overdueCount(UUID organisationId) {
        return staff.supportWorkersOtherThan(organisationId, inDate(organisationId, Time.today(clock)));
    }

    /** Every support worker's supervision standing today, overdue (or never supervised) first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Standing> standings(UUID organisationId, PageRequest page) {
        LocalDate today = Time.today(clock);
        Page<StaffMember> people = staff.supportWorkers(organisationId, inDate(organisationId, today),
                StaffDirectory.Order.TEAM_AND_NAME, page);
        Map<UUID, LocalDate[]> latest = latest(organisationId, people.items().stream().map(StaffMember::id).toList());
        return people.map(w -> standing(w, latest.get(w.id()), today));
    }

    /** Every support worker's supervision standing, overdue first. */
    @Transactional(readOnly = true)
    public List<Standing> standings(UUID organisationId) {
        return standingsOn(organisationId, Time.today(clock));
    }

    /** Every support worker's supervision standing on the given day, overdue first. */
    @Transactional(readOnly = true)
    public List<Standing> standingsOn(UUID organisationId, LocalDate today) {
        Map<UUID, LocalDate[]> latest = latest(organisationId, null);
        return staff.supportWorkers(organisationId).stream()
                .map(w -> standing(w, latest.get(w.id()), today))
                .sorted((a, b) -> Boolean.compare(b.overdue(), a.overdue()))
                .toList();
    }

    /** Who has a next session due today or later (everyone else is overdue, or was never supervised). */
    private List<UUID> inDate(UUID organisationId, LocalDate today) {
        return jdbc.sql("select staff_id from supervision_session where organisation_id = ? group by staff_id "
                + "having max(next_due_on) >= ?").params(organisationId, today).query(UUID.class).list();
    }

    /** Each person's last session and next due date (of these, or everyone when null). */
    private Map<UUID, LocalDate[]> latest(UUID organisationId, List<UUID> ids) {
        Map<UUID, LocalDate[]> latest = new HashMap<>();
        if (ids != null && ids.isEmpty()) {
            return latest;
        }
        var query = jdbc.sql("select staff_id, max(held_on), max(next_due_on) from supervision_session "
                + "where organisation_id = :org" + (ids == null ? "" : " and staff_id in (:ids)")
                + " group by staff_id")
                .param("org", organisationId);
        (ids == null ? query : query.param("ids", ids)).query(rs -> {
            latest.put(rs.getObject(1, UUID.class),
                    new LocalDate[]{rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)});
        });
        return latest;
    }

    private static Standing standing(StaffMember w, LocalDate[] latest, LocalDate today) {
        LocalDate next = latest == null ? null : latest[1];
        return new Standing(w.id(), w.displayName(), w.teamName(), latest == null ? null : latest[0], next,
                next == null || next.isBefore(today));
    }
}
