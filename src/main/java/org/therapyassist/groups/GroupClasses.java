package org.therapyassist.groups;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Label;
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
            String day = dayOfWeek.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
            return day + "s at " + startTime + " for " + durationMinutes + " minutes";
        }
    }

    public record NewClass(UUID teamId, String name, ClassType type, Integer capacity, Stage leaderStage,
            String defaultExercises, String venue, DayOfWeek dayOfWeek, LocalTime startTime,
            @Label("Length") Integer durationMinutes) {
    }

    public enum SessionStatus { SCHEDULED, CANCELLED, RECORDED }

    @Schema(name = "GroupSession")
    public record Session(UUID id, UUID classId, String className, ClassType classType, String venue, LocalDate date,
            LocalTime startTime, UUID leaderId, String leaderName, SessionStatus status, String cancelReason,
            int version) {
    }

    /** A block of weekly sessions from the first date (weeks = 1 for a single session). */
    public record NewSessions(@Label("date of the first session") LocalDate firstDate,
            @Label("Number of weeks") Integer weeks,
            UUID leaderId) {
    }

    /** Team and leader names come from the staff directory ({@link #teamNamed}, {@link #leaderNamed}). */
    static final String CLASS_SELECT = "select c.*, "
            + "(select count(*) from group_enrolment w where w.class_id = c.id and w.status = 'WAITING') as waiting_count "
            + "from group_class c ";

    private static final String SESSION_SELECT = "select s.*, c.name as class_name, c.class_type, c.venue "
            + "from group_session s join group_class c on c.id = s.class_id ";

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    GroupClasses(JdbcClient jdbc, StaffDirectory staff, AuditTrail audit, Clock clock) {
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
        String exercises = String.join("\n", exerciseList(command.defaultExercises()));
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
        Page<ClassTemplate> bare = PagedQuery.of(jdbc, page,
                CLASS_SELECT.substring(0, CLASS_SELECT.indexOf("from group_class")),
                CLASS_SELECT.substring(CLASS_SELECT.indexOf("from group_class"))
                        + "where c.organisation_id = ? and c.active = true",
                "c.day_of_week, c.start_time, c.name, c.id", GroupClasses::mapClass, organisationId);
        return new Page<>(teamNamed(organisationId, bare.items()), bare.page(), bare.size(), bare.hasMore(),
                bare.total());
    }

    public List<ClassTemplate> all(UUID organisationId) {
        return teamNamed(organisationId, jdbc.sql(CLASS_SELECT + "where c.organisation_id = ? and c.active = true "
                + "order by c.day_of_week, c.start_time, c.name")
                .param(organisationId).query(GroupClasses::mapClass).list());
    }

    @Transactional(readOnly = true)
    public ClassTemplate require(UUID organisationId, UUID classId) {
        return jdbc.sql(CLASS_SELECT + "where c.organisation_id = ? and c.id = ?").params(organisationId, classId)
                .query(GroupClasses::mapClass).optional().map(c -> teamNamed(organisationId, List.of(c)).getFirst())
                .orElseThrow(() -> new NotFoundException("group.class-not-found", "There is no such group class."));
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
        List<LocalDate> dates = java.util.stream.IntStream.range(0, weeks)
                .mapToObj(i -> command.firstDate().plusWeeks(i)).toList();
        long clashes = jdbc.sql("select count(*) from group_session where class_id = :c and session_date in (:d)")
                .param("c", classId).param("d", dates).query(Long.class).single();
        if (clashes > 0) {
            throw new ConflictException("group.session-exists",
                    "This class already has a session on one of those dates.");
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
        return leaderNamed(user.organisationId(),
                jdbc.sql(SESSION_SELECT + "where s.class_id = :c and s.session_date in (:d) "
                        + "order by s.session_date")
                        .param("c", classId).param("d", dates).query(GroupClasses::mapSession).list());
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
                    "This session has changed or is no longer scheduled; reload it.");
        }
        return requireSession(user.organisationId(), sessionId);
    }

    @Transactional
    public Session cancel(CurrentUser user, UUID sessionId, String reason, int version) {
        Session session = requireSession(user.organisationId(), sessionId);
        if (!user.isRegistrant() && !user.staffId().equals(session.leaderId())) {
            throw new NotAllowedException("group.not-leader",
                    "Only the session's leader or a registered therapist can cancel it.");
        }
        if (Text.blankToNull(reason) == null || reason.strip().length() > 500) {
            throw new InvalidInputException(
                    Map.of("reason", "Say why the session is cancelled (500 characters or fewer)"));
        }
        int updated = jdbc.sql("update group_session set status = 'CANCELLED', cancel_reason = ?, cancelled_at = ?, "
                + "cancelled_by = ?, version = version + 1 where id = ? and version = ? and status = 'SCHEDULED'")
                .params(reason.strip(), Time.db(clock.instant()), user.staffId(), sessionId, version).update();
        if (updated == 0) {
            throw new ConflictException("group.session-changed",
                    "This session has changed or is no longer scheduled; reload it.");
        }
        audit.record(new AuditEntry(user, null, "group.session-cancelled", "group-session", sessionId, reason.strip()));
        return requireSession(user.organisationId(), sessionId);
    }

    @Transactional(readOnly = true)
    public Session requireSession(UUID organisationId, UUID sessionId) {
        return jdbc.sql(SESSION_SELECT + "where s.organisation_id = ? and s.id = ?").params(organisationId, sessionId)
                .query(GroupClasses::mapSession).optional().map(x -> leaderNamed(organisationId, List.of(x)).getFirst())
                .orElseThrow(() -> new NotFoundException("group.session-not-found", "There is no such group session."));
    }

    /** A class's sessions, oldest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Session> sessionsOf(UUID organisationId, UUID classId, PageRequest page) {
        Page<Session> bare = PagedQuery.of(jdbc, page,
                SESSION_SELECT + "where s.organisation_id = ? and s.class_id = ?",
                "s.session_date, s.start_time, s.id", GroupClasses::mapSession, organisationId, classId);
        return new Page<>(leaderNamed(organisationId, bare.items()), bare.page(), bare.size(), bare.hasMore(),
                bare.total());
    }

    /** Where a class's sessions from a day on start: the page to open the class page at. */
    @Transactional(readOnly = true)
    public int pageOfSessionsFrom(UUID organisationId, UUID classId, LocalDate day, int pageSize) {
        long before = jdbc.sql(
                "select count(*) from group_session where organisation_id = ? and class_id = ? and session_date < ?")
                .params(organisationId, classId, day).query(Long.class).single();
        return (int) Math.min(before / pageSize, PageRequest.MAX_PAGE);
    }

    public List<Session> sessionsOf(UUID organisationId, UUID classId) {
        return leaderNamed(organisationId, jdbc.sql(SESSION_SELECT + "where s.organisation_id = ? and s.class_id = ? "
                + "order by s.session_date")
                .params(organisationId, classId).query(GroupClasses::mapSession).list());
    }

    /** Sessions from one day to another across the organisation, for "today's classes". */
    @Transactional(readOnly = true)
    public List<Session> sessionsBetween(UUID organisationId, LocalDate from, LocalDate to) {
        return leaderNamed(organisationId,
                jdbc.sql(SESSION_SELECT + "where s.organisation_id = ? and s.session_date between ? and ? "
                        + "order by s.session_date, s.start_time, c.name")
                        .params(organisationId, from, to).query(GroupClasses::mapSession).list());
    }

    /** Staff who may lead a class needing this stage: registrants, and support workers at that stage or above. */
    @Transactional(readOnly = true)
    public List<StaffMember> possibleLeaders(UUID organisationId, Stage required) {
        return staff.options(organisationId, StaffDirectory.Pick.EVERYONE).stream()
                .filter(s -> GroupRules.mayLead(s, required)).toList();
    }

    private StaffMember requireLeader(UUID organisationId, ClassTemplate template, UUID leaderId) {
        StaffMember leader = staff.find(organisationId, leaderId)
                .orElseThrow(() -> new InvalidInputException(Map.of("leaderId", "Choose a member of this service")));
        if (!GroupRules.mayLead(leader, template.leaderStage())) {
            throw new RefusedException("group.leader-below-stage", leader.displayName() + " ("
                    + leader.jobRole().title().toLowerCase() + ") cannot lead " + template.name() + ": it needs a "
                    + template.leaderStage().title().toLowerCase() + " or above, or a registered therapist.",
                    Map.of("leaderId", leaderId, "requiredStage", template.leaderStage().name()));
        }
        return leader;
    }

    static void requireRegistrant(CurrentUser user) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("group.registrant-only",
                    "Only a registered therapist can set up group classes and sessions.");
        }
    }

    static List<String> exerciseList(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private List<ClassTemplate> teamNamed(UUID organisationId, List<ClassTemplate> classes) {
        Map<UUID, String> teams = staff.teamNames(organisationId, classes.stream().map(ClassTemplate::teamId).toList());
        return classes.stream()
                .map(c -> new ClassTemplate(c.id(), c.teamId(), teams.get(c.teamId()), c.name(), c.type(),
                        c.capacity(), c.leaderStage(), c.defaultExercises(), c.venue(), c.dayOfWeek(), c.startTime(),
                        c.durationMinutes(), c.enrolledCount(), c.waitingCount(), c.active(), c.version()))
                .toList();
    }

    private List<Session> leaderNamed(UUID organisationId, List<Session> sessions) {
        Map<UUID, String> leaders = staff.names(organisationId, sessions.stream().map(Session::leaderId).toList());
        return sessions.stream()
                .map(x -> new Session(x.id(), x.classId(), x.className(), x.classType(), x.venue(), x.date(),
                        x.startTime(), x.leaderId(), leaders.get(x.leaderId()), x.status(), x.cancelReason(),
                        x.version()))
                .toList();
    }

    static ClassTemplate mapClass(ResultSet rs, int n) throws SQLException {
        return new ClassTemplate(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class), null,
                rs.getString("name"), ClassType.valueOf(rs.getString("class_type")), rs.getInt("capacity"),
                Stage.valueOf(rs.getString("leader_stage")), exerciseList(rs.getString("default_exercises")),
                rs.getString("venue"), DayOfWeek.of(rs.getInt("day_of_week")),
                rs.getObject("start_time", LocalTime.class),
                rs.getInt("duration_minutes"), rs.getInt("enrolled_count"), rs.getInt("waiting_count"),
                rs.getBoolean("active"), rs.getInt("version"));
    }

    static Session mapSession(ResultSet rs, int n) throws SQLException {
        return new Session(rs.getObject("id", UUID.class), rs.getObject("class_id", UUID.class),
                rs.getString("class_name"),
                ClassType.valueOf(rs.getString("class_type")), rs.getString("venue"),
                rs.getObject("session_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class), rs.getObject("leader_id", UUID.class), null,
                SessionStatus.valueOf(rs.getString("status")), rs.getString("cancel_reason"), rs.getInt("version"));
    }
}
