package org.therapyassist.groups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.groups.GroupClasses.ClassTemplate;
import org.therapyassist.groups.GroupClasses.Session;
import org.therapyassist.groups.GroupClasses.SessionStatus;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Stage;
import org.therapyassist.staff.StaffDirectory;

/**
 * Reads classes and their sessions: the rows from this module's tables, then team and leader names from the staff
 * directory, so every list of classes and sessions names them the same way. Conditions are always within one
 * organisation; callers decide what the user may see.
 */
@Component
class GroupClassQueries {

    /** Team and leader names come from the staff directory ({@link #teamNamed}, {@link #leaderNamed}). */
    private static final String CLASS_SELECT = "select c.*, "
            + "(select count(*) from group_enrolment w where w.class_id = c.id and w.status = 'WAITING') as waiting_count "
            + "from group_class c ";

    private static final String SESSION_SELECT = "select s.*, c.name as class_name, c.class_type, c.venue "
            + "from group_session s join group_class c on c.id = s.class_id ";

    private final JdbcClient jdbc;
    private final StaffDirectory staff;

    GroupClassQueries(JdbcClient jdbc, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    Page<ClassTemplate> classes(UUID organisationId, PageRequest page) {
        Page<ClassTemplate> bare = PagedQuery.of(jdbc, page,
                CLASS_SELECT.substring(0, CLASS_SELECT.indexOf("from group_class")),
                CLASS_SELECT.substring(CLASS_SELECT.indexOf("from group_class"))
                        + "where c.organisation_id = ? and c.active = true",
                "c.day_of_week, c.start_time, c.name, c.id", GroupClassQueries::mapClass, organisationId);
        return new Page<>(teamNamed(organisationId, bare.items()), bare.page(), bare.size(), bare.hasMore(),
                bare.total());
    }

    List<ClassTemplate> classes(UUID organisationId) {
        return teamNamed(organisationId, jdbc.sql(CLASS_SELECT + "where c.organisation_id = ? and c.active = true "
                + "order by c.day_of_week, c.start_time, c.name")
                .param(organisationId).query(GroupClassQueries::mapClass).list());
    }

    Optional<ClassTemplate> findClass(UUID organisationId, UUID classId) {
        return jdbc.sql(CLASS_SELECT + "where c.organisation_id = ? and c.id = ?").params(organisationId, classId)
                .query(GroupClassQueries::mapClass).optional()
                .map(c -> teamNamed(organisationId, List.of(c)).getFirst());
    }

    Optional<Session> findSession(UUID organisationId, UUID sessionId) {
        return jdbc.sql(SESSION_SELECT + "where s.organisation_id = ? and s.id = ?").params(organisationId, sessionId)
                .query(GroupClassQueries::mapSession).optional()
                .map(x -> leaderNamed(organisationId, List.of(x)).getFirst());
    }

    /** Whether the class already has a session on any of the dates. */
    boolean hasSessionOn(UUID classId, List<LocalDate> dates) {
        return jdbc.sql("select count(*) from group_session where class_id = :c and session_date in (:d)")
                .param("c", classId).param("d", dates).query(Long.class).single() > 0;
    }

    /** A class's sessions on the dates, by date. */
    List<Session> sessionsOn(UUID organisationId, UUID classId, List<LocalDate> dates) {
        return leaderNamed(organisationId,
                jdbc.sql(SESSION_SELECT + "where s.class_id = :c and s.session_date in (:d) "
                        + "order by s.session_date")
                        .param("c", classId).param("d", dates).query(GroupClassQueries::mapSession).list());
    }

    Page<Session> sessionsOf(UUID organisationId, UUID classId, PageRequest page) {
        Page<Session> bare = PagedQuery.of(jdbc, page,
                SESSION_SELECT + "where s.organisation_id = ? and s.class_id = ?",
                "s.session_date, s.start_time, s.id", GroupClassQueries::mapSession, organisationId, classId);
        return new Page<>(leaderNamed(organisationId, bare.items()), bare.page(), bare.size(), bare.hasMore(),
                bare.total());
    }

    int pageOfSessionsFrom(UUID organisationId, UUID classId, LocalDate day, int pageSize) {
        long before = jdbc.sql(
                "select count(*) from group_session where organisation_id = ? and class_id = ? and session_date < ?")
                .params(organisationId, classId, day).query(Long.class).single();
        return (int) Math.min(before / pageSize, PageRequest.MAX_PAGE);
    }

    List<Session> sessionsOf(UUID organisationId, UUID classId) {
        return leaderNamed(organisationId, jdbc.sql(SESSION_SELECT + "where s.organisation_id = ? and s.class_id = ? "
                + "order by s.session_date")
                .params(organisationId, classId).query(GroupClassQueries::mapSession).list());
    }

    List<Session> sessionsBetween(UUID organisationId, LocalDate from, LocalDate to) {
        return leaderNamed(organisationId,
                jdbc.sql(SESSION_SELECT + "where s.organisation_id = ? and s.session_date between ? and ? "
                        + "order by s.session_date, s.start_time, c.name")
                        .params(organisationId, from, to).query(GroupClassQueries::mapSession).list());
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

    private static ClassTemplate mapClass(ResultSet rs, int n) throws SQLException {
        return new ClassTemplate(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class), null,
                rs.getString("name"), ClassType.valueOf(rs.getString("class_type")), rs.getInt("capacity"),
                Stage.valueOf(rs.getString("leader_stage")), exerciseList(rs.getString("default_exercises")),
                rs.getString("venue"), DayOfWeek.of(rs.getInt("day_of_week")),
                rs.getObject("start_time", LocalTime.class),
                rs.getInt("duration_minutes"), rs.getInt("enrolled_count"), rs.getInt("waiting_count"),
                rs.getBoolean("active"), rs.getInt("version"));
    }

    private static Session mapSession(ResultSet rs, int n) throws SQLException {
        return new Session(rs.getObject("id", UUID.class), rs.getObject("class_id", UUID.class),
                rs.getString("class_name"),
                ClassType.valueOf(rs.getString("class_type")), rs.getString("venue"),
                rs.getObject("session_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class), rs.getObject("leader_id", UUID.class), null,
                SessionStatus.valueOf(rs.getString("status")), rs.getString("cancel_reason"), rs.getInt("version"));
    }
}
