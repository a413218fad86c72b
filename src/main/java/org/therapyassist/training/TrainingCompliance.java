package org.therapyassist.training;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.StaffRecordAccess;
import org.therapyassist.staff.Team;

/** Mandatory training compliance: each person against every mandatory course, and a summary per team. */
@Service
@Transactional(readOnly = true)
public class TrainingCompliance {

    public record CourseStanding(String courseCode, String title, LocalDate lastCompletedOn, LocalDate expiresOn,
            TrainingRules.Status status) {
    }

    @Schema(name = "PersonTrainingCompliance")
    public record Person(UUID staffId, String name, String team, List<CourseStanding> courses) {
        public long compliantCount() {
            return courses.stream().filter(c -> c.status().compliant()).count();
        }

        public boolean fullyCompliant() {
            return compliantCount() == courses.size();
        }
    }

    public record CourseSummary(String courseCode, String title, int inDate, int expiringSoon, int expired,
            int neverDone) {
        public int compliantPercent() {
            int total = inDate + expiringSoon + expired + neverDone;
            return total == 0 ? 100 : Math.round(100f * (inDate + expiringSoon) / total);
        }
    }

    /** For the reporting module: counts per course and the people with a gap (expired or never done). */
    @Schema(name = "TeamTrainingCompliance")
    public record Team(UUID teamId, String teamName, int people, int fullyCompliant, List<CourseSummary> courses,
            List<Person> withGaps) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final StaffRecordAccess access;
    private final Training training;
    private final Clock clock;

    TrainingCompliance(JdbcClient jdbc, StaffDirectory staff, StaffRecordAccess access, Training training,
            Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.access = access;
        this.training = training;
        this.clock = clock;
    }

    public Person of(CurrentUser user, UUID staffId) {
        StaffMember person = access.requireSee(user, staffId);
        return people(user.organisationId(), List.of(person)).getFirst();
    }

    /** A team's compliance for a lead or registrant of the organisation. */
    public Team ofTeam(CurrentUser user, UUID teamId) {
        if (!access.isLead(user)) {
            throw new NotAllowedException("training.team-leads-only",
                    Messages.text("training.refusal.compliance-for-leads"));
        }
        return ofTeam(user.organisationId(), teamId);
    }

    /** A team's compliance; the caller decides who may see it (for the reporting module). */
    public Team ofTeam(UUID organisationId, UUID teamId) {
        var team = staff.teams(organisationId).stream().filter(t -> t.id().equals(teamId)).findFirst()
                .orElseThrow(() -> new NotFoundException("team.not-found",
                        Messages.text("training.refusal.no-team")));
        List<StaffMember> members = staff.teamMembers(organisationId, teamId);
        List<Person> people = people(organisationId, members);
        List<CourseSummary> summaries = new ArrayList<>();
        for (Training.Course course : mandatory()) {
            int[] counts = new int[TrainingRules.Status.values().length];
            people.forEach(p -> p.courses().stream().filter(c -> c.courseCode().equals(course.code()))
                    .forEach(c -> counts[c.status().ordinal()]++));
            summaries.add(new CourseSummary(course.code(), course.title(), counts[0], counts[1], counts[2], counts[3]));
        }
        return new Team(team.id(), team.name(), people.size(),
                (int) people.stream().filter(Person::fullyCompliant).count(),
                summaries, people.stream().filter(p -> !p.fullyCompliant()).toList());
    }

    private List<Training.Course> mandatory() {
        return training.courses().stream().filter(Training.Course::mandatory).toList();
    }

    private List<Person> people(UUID organisationId, List<StaffMember> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        LocalDate today = Time.today(clock);
        Map<UUID, Map<String, LocalDate[]>> latest = new HashMap<>();
        jdbc.sql("select staff_id, course_code, max(completed_on), max(expires_on) from training_record "
                + "where organisation_id = :org and staff_id in (:ids) group by staff_id, course_code")
                .param("org", organisationId).param("ids", members.stream().map(StaffMember::id).toList())
                .query(rs -> {
                    latest.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>()).put(rs.getString(2),
                            new LocalDate[]{rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)});
                });
        List<Training.Course> courses = mandatory();
        return members.stream().map(m -> {
            Map<String, LocalDate[]> mine = latest.getOrDefault(m.id(), Map.of());
            List<CourseStanding> standings = courses.stream().map(c -> {
                LocalDate[] d = mine.get(c.code());
                LocalDate expires = d == null ? null : d[1];
                return new CourseStanding(c.code(), c.title(), d == null ? null : d[0], expires,
                        TrainingRules.status(expires, today));
            }).toList();
            return new Person(m.id(), m.displayName(), m.teamName(), standings);
        }).toList();
    }
}
