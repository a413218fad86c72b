package org.therapyassist.groups;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Label;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/** Class templates and their dated sessions: set up by registrants, each session led by someone of the right stage. */
@Service
public class GroupClasses {

    @Schema(name = "GroupClass")
    public record ClassTemplate(UUID id, UUID teamId, String teamName, String name, ClassType type, int capacity,
            Stage leaderStage, List<String> defaultExercises, String venue, DayOfWeek dayOfWeek, LocalTime startTime,
            int durationMinutes, int enrolledCount, int waitingCount, boolean active, int version) {

        public int freePlaces() {
            return Math.max(0, capacity - enrolledCount);
        }

        public String pattern() {
            Locale language = Languages.normalise(LocaleContextHolder.getLocale());
            String day = dayOfWeek.getDisplayName(TextStyle.FULL, language);
            // In a Welsh sentence the day is "bob dydd Mawrth": the JDK capitalises "Dydd" as if it stood alone.
            if (Languages.isWelsh(language)) {
                day = day.substring(0, 1).toLowerCase(language) + day.substring(1);
            }
            return Messages.text("groups.pattern", day, String.valueOf(startTime), String.valueOf(durationMinutes));
        }
    }

    public record NewClass(UUID teamId, String name, ClassType type, Integer capacity, Stage leaderStage,
            String defaultExercises, String venue, DayOfWeek dayOfWeek, LocalTime startTime,
            @Label("{groups.field.duration.label}") Integer durationMinutes) {
    }

    public enum SessionStatus { SCHEDULED, CANCELLED, RECORDED }

    @Schema(name = "GroupSession")
    public record Session(UUID id, UUID classId, String className, ClassType classType, String venue, LocalDate date,
            LocalTime startTime, UUID leaderId, String leaderName, SessionStatus status, String cancelReason,
            int version) {
    }

    /** A block of weekly sessions from the first date (weeks = 1 for a single session). */
    public record NewSessions(@Label("{groups.field.first-date.label}") LocalDate firstDate,
            @Label("{groups.field.weeks.label}") Integer weeks,
            UUID leaderId) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;
    private final GroupClassQueries queries;

    GroupClasses(JdbcClient jdbc, StaffDirectory staff, AuditTrail audit, Clock clock, GroupClassQueries queries) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ClassTemplate create(CurrentUser user, NewClass command) {
        requireRegistrant(user);
        Map<String, String> errors = GroupRules.checkNewClass(command,
                staff.teams(user.organisationId()).stream().map(t -> t.id()).toList());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        String exercises = String.join("\n", GroupClassQueries.exerciseList(command.defaultExercises()));
        jdbc.sql("insert into group_class (id, organisation_id, team_id, name, class_type, capacity, leader_stage, "
                + "default_exercises, venue, day_of_week, start_time, duration_minutes, created_at, created_by) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), command.teamId(), command.name().strip(), command.type().name(),
                        command.capacity(), command.leaderStage().name(), exercises.isEmpty() ? null : exercises,
                        command.venue().strip(), command.dayOfWeek().getValue(), command.startTime(),
                        command.durationMinutes(), Time.db(clock.instant()), user.staffId())
                .update();
        audit.record(new AuditEntry(user, null, "group.class-created", "group-class", id, command.name().strip()));
        return require(user.organisationId(), id);
    }

    /** The running classes by day and time, a page at a time. */
    @Transactional(readOnly = true)
    public Page<ClassTemplate> all(UUID organisationId, PageRequest page) {
        return queries.classes(organisationId, page);
    }

    public List<ClassTemplate> all(UUID organisationId) {
        return queries.classes(organisationId);
    }

    @Transactional(readOnly = true)
    public ClassTemplate require(UUID organisationId, UUID classId) {
        return queries.findClass(organisationId, classId)
                .orElseThrow(() -> new NotFoundException("group.class-not-found",
                        Messages.text("groups.refusal.class-not-found")));
    }

    /**
     * Schedules one session, or a block of weekly sessions, with the leader; refuses a leader below the stage (H38).
     */
    @Transactional
    public List<Session> schedule(CurrentUser user, UUID classId, NewSessions command) {
        requireRegistrant(user);
        ClassTemplate template = require(user.organisationId(), classId);
        Map<String, String> errors = GroupRules.checkNewSessions(command, Time.today(clock));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int weeks = GroupRules.weeks(command);
        StaffMember leader = requireLeader(user.organisationId(), template, command.leaderId());
        List<LocalDate> dates = IntStream.range(0, weeks)
                .mapToObj(i -> command.firstDate().plusWeeks(i)).toList();
        if (queries.hasSessionOn(classId, dates)) {
            throw new ConflictException("group.session-exists",
                    Messages.text("groups.refusal.date-taken"));
        }
        for (LocalDate date : dates) {
            jdbc.sql(
                    "insert into group_session (id, organisation_id, class_id, session_date, start_time, leader_id, status, "
                            + "created_at, created_by) values (?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?)")
                    .params(Ids.newId(), user.organisationId(), classId, date, template.startTime(), leader.id(),
                            Time.db(clock.instant()), user.staffId())
                    .update();
        }
        audit.record(new AuditEntry(user, null, "group.sessions-scheduled", "group-class", classId,
                weeks + " from " + command.firstDate() + " led by " + leader.displayName()));
        return queries.sessionsOn(user.organisationId(), classId, dates);
    }

    /** Changes who leads one session (the same stage rule applies). */
    @Transactional
    public Session changeLeader(CurrentUser user, UUID sessionId, UUID leaderId, int version) {
        requireRegistrant(user);
        Session session = requireSession(user.organisationId(), sessionId);
        StaffMember leader = requireLeader(user.organisationId(), require(user.organisationId(), session.classId()),
                leaderId);
        int updated = jdbc
                .sql("update group_session set leader_id = ?, version = version + 1 where id = ? and version = ? "
                        + "and status = 'SCHEDULED'")
                .params(leader.id(), sessionId, version).update();
        if (updated == 0) {
            throw new ConflictException("group.session-changed",
                    Messages.text("groups.refusal.session-changed"));
        }
        return requireSession(user.organisationId(), sessionId);
    }

    @Transactional
    public Session cancel(CurrentUser user, UUID sessionId, String reason, int version) {
        Session session = requireSession(user.organisationId(), sessionId);
        if (!user.isRegistrant() && !user.is(session.leaderId())) {
            throw new NotAllowedException("group.not-leader",
                    Messages.text("groups.refusal.cancel-who"));
        }
        if (Text.blankToNull(reason) == null || reason.strip().length() > 500) {
            throw new InvalidInputException(
                    Map.of("reason", Messages.text("groups.field.cancel-reason")));
        }
        int updated = jdbc.sql("update group_session set status = 'CANCELLED', cancel_reason = ?, cancelled_at = ?, "
                + "cancelled_by = ?, version = version + 1 where id = ? and version = ? and status = 'SCHEDULED'")
                .params(reason.strip(), Time.db(clock.instant()), user.staffId(), sessionId, version).update();
        if (updated == 0) {
            throw new ConflictException("group.session-changed",
                    Messages.text("groups.refusal.session-changed"));
        }
        audit.record(new AuditEntry(user, null, "group.session-cancelled", "group-session", sessionId, reason.strip()));
        return requireSession(user.organisationId(), sessionId);
    }

    @Transactional(readOnly = true)
    public Session requireSession(UUID organisationId, UUID sessionId) {
        return queries.findSession(organisationId, sessionId)
                .orElseThrow(() -> new NotFoundException("group.session-not-found",
                        Messages.text("groups.refusal.session-not-found")));
    }

    /** A class's sessions, oldest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Session> sessionsOf(UUID organisationId, UUID classId, PageRequest page) {
        return queries.sessionsOf(organisationId, classId, page);
    }

    /** Where a class's sessions from a day on start: the page to open the class page at. */
    @Transactional(readOnly = true)
    public int pageOfSessionsFrom(UUID organisationId, UUID classId, LocalDate day, int pageSize) {
        return queries.pageOfSessionsFrom(organisationId, classId, day, pageSize);
    }

    public List<Session> sessionsOf(UUID organisationId, UUID classId) {
        return queries.sessionsOf(organisationId, classId);
    }

    /** Sessions from one day to another across the organisation, for "today's classes". */
    @Transactional(readOnly = true)
    public List<Session> sessionsBetween(UUID organisationId, LocalDate from, LocalDate to) {
        return queries.sessionsBetween(organisationId, from, to);
    }

    /** Staff who may lead a class needing this stage: registrants, and support workers at that stage or above. */
    @Transactional(readOnly = true)
    public List<StaffMember> possibleLeaders(UUID organisationId, Stage required) {
        return staff.options(organisationId, StaffDirectory.Pick.EVERYONE).stream()
                .filter(s -> GroupRules.mayLead(s, required)).toList();
    }

    private StaffMember requireLeader(UUID organisationId, ClassTemplate template, UUID leaderId) {
        StaffMember leader = staff.find(organisationId, leaderId)
                .orElseThrow(() -> new InvalidInputException(
                        Map.of("leaderId", Messages.text("groups.field.leader.member"))));
        if (!GroupRules.mayLead(leader, template.leaderStage())) {
            throw new RefusedException("group.leader-below-stage", Messages.text("groups.refusal.leader-below-stage",
                    leader.displayName(), leader.jobRole().title().toLowerCase(), template.name(),
                    template.leaderStage().title().toLowerCase()),
                    Map.of("leaderId", leaderId, "requiredStage", template.leaderStage().name()));
        }
        return leader;
    }

    static void requireRegistrant(CurrentUser user) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("group.registrant-only",
                    Messages.text("groups.refusal.setup-registrant-only"));
        }
    }
}
