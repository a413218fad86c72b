package org.therapyassist.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.Team;

/**
 * Figures for a team lead, straight from SQL aggregates: reading counts across modules' tables here is a deliberate,
 * read-only reporting view (see docs/architecture.md), not a way round the modules' rules. Teams come a page at a
 * time with their totals; one team's support workers come a page at a time with theirs.
 */
@Service
public class TeamOverview {

    /** The support workers' job roles, as SQL. */
    private static final String SUPPORT_ROLES = Arrays.stream(JobRole.values())
            .filter(r -> r.stage().isPresent())
            .map(r -> "'" + r.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    private final JdbcClient jdbc;
    private final Clock clock;

    TeamOverview(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record WorkerLine(UUID staffId, String name, String stage, int band, long offered, long accepted,
            long reviewsOverdue, long awaitingCountersign, long openEscalations) {
    }

    /** A team's totals over its support workers; the workers themselves are {@link #workers}. */
    public record TeamLine(Team team, long supportWorkers, long offered, long accepted, long reviewsOverdue,
            long awaitingCountersign, long openEscalations) {
    }

    /** The organisation's teams by name with their totals, a page at a time. */
    @Transactional(readOnly = true)
    public Page<TeamLine> of(CurrentUser user, PageRequest page) {
        requireLead(user);
        UUID org = user.organisationId();
        Page<Team> teams = PagedQuery.of(jdbc, page, "select id, organisation_id, name, setting",
                "from team where organisation_id = ?",
                "name, id",
                (rs, n) -> new Team(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4)),
                org);
        if (teams.isEmpty()) {
            return teams.map(t -> null);
        }
        Map<UUID, long[]> byTeam = totalsByTeam(org, teams.items().stream().map(Team::id).toList());
        return teams.map(t -> {
            long[] v = byTeam.getOrDefault(t.id(), new long[6]);
            return new TeamLine(t, v[5], v[0], v[1], v[2], v[3], v[4]);
        });
    }

    /** One team with its totals. */
    @Transactional(readOnly = true)
    public TeamLine team(CurrentUser user, UUID teamId) {
        requireLead(user);
        Team team = jdbc.sql("select id, organisation_id, name, setting from team where organisation_id = ? and id = ?")
                .params(user.organisationId(), teamId)
                .query((rs, n) -> new Team(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4)))
                .optional()
                .orElseThrow(() -> new NotFoundException("team.not-found", Messages.text("reporting.refusal.no-team")));
        long[] v = totalsByTeam(user.organisationId(), List.of(teamId)).getOrDefault(teamId, new long[6]);
        return new TeamLine(team, v[5], v[0], v[1], v[2], v[3], v[4]);
    }

    /** A team's support workers by name with their open work, a page at a time. */
    @Transactional(readOnly = true)
    public Page<WorkerLine> workers(CurrentUser user, UUID teamId, PageRequest page) {
        team(user, teamId);
        LocalDate today = Time.today(clock);
        return PagedQuery.of(jdbc, page, "select w.id, w.given_name || ' ' || w.family_name, w.job_role, w.band, "
                + "(select count(*) from delegation d where d.organisation_id = w.organisation_id and d.worker_id = w.id "
                + "and d.status = 'OFFERED'), "
                + "(select count(*) from delegation d where d.organisation_id = w.organisation_id and d.worker_id = w.id "
                + "and d.status = 'ACCEPTED'), "
                + "(select count(*) from delegation d where d.organisation_id = w.organisation_id and d.worker_id = w.id "
                + "and d.status = 'ACCEPTED' and d.review_on < x.today), "
                + "(select count(*) from session_record r left join session_countersignature c on c.session_record_id = r.id "
                + "where r.organisation_id = w.organisation_id and r.author_id = w.id and r.status = 'SIGNED' "
                + "and r.requires_countersign = true and c.session_record_id is null), "
                + "(select count(*) from escalation e where e.organisation_id = w.organisation_id and e.raised_by = w.id "
                + "and e.status = 'OPEN')",
                "from staff_member w cross join (select cast(? as date) as today) x where w.organisation_id = ? "
                        + "and w.team_id = ? and w.enabled = true and w.job_role in " + SUPPORT_ROLES,
                "w.family_name, w.given_name, w.id",
                (rs, n) -> new WorkerLine(rs.getObject(1, UUID.class), rs.getString(2),
                        JobRole.valueOf(rs.getString(3)).stage().map(Stage::title).orElse(""), rs.getInt(4),
                        rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)),
                today, user.organisationId(), teamId);
    }

    /** Per team: offered, accepted, reviews overdue, awaiting countersignature, open escalations, support workers. */
    private Map<UUID, long[]> totalsByTeam(UUID org, List<UUID> teamIds) {
        LocalDate today = Time.today(clock);
        Map<UUID, long[]> byTeam = new HashMap<>();
        String workers = "from staff_member w where w.organisation_id = :org and w.team_id in (:teams) and w.enabled = true "
                + "and w.job_role in " + SUPPORT_ROLES;
        jdbc.sql("select w.team_id, sum(case when d.status = 'OFFERED' then 1 else 0 end), "
                + "sum(case when d.status = 'ACCEPTED' then 1 else 0 end), "
                + "sum(case when d.status = 'ACCEPTED' and d.review_on < :today then 1 else 0 end) "
                + "from delegation d join staff_member w on w.id = d.worker_id where d.organisation_id = :org "
                + "and d.status in ('OFFERED', 'ACCEPTED') and w.team_id in (:teams) and w.enabled = true "
                + "and w.job_role in " + SUPPORT_ROLES + " group by w.team_id")
                .param("org", org).param("teams", teamIds).param("today", today)
                .query(rs -> {
                    long[] v = byTeam.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[6]);
                    v[0] = rs.getLong(2);
                    v[1] = rs.getLong(3);
                    v[2] = rs.getLong(4);
                });
        jdbc.sql("select w.team_id, count(*) from session_record r left join session_countersignature c "
                + "on c.session_record_id = r.id join staff_member w on w.id = r.author_id where r.organisation_id = :org "
                + "and r.status = 'SIGNED' and r.requires_countersign = true and c.session_record_id is null "
                + "and w.team_id in (:teams) and w.enabled = true and w.job_role in " + SUPPORT_ROLES
                + " group by w.team_id")
                .param("org", org).param("teams", teamIds)
                .query(rs -> {
                    byTeam.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[6])[3] = rs.getLong(2);
                });
        jdbc.sql("select w.team_id, count(*) from escalation e join staff_member w on w.id = e.raised_by "
                + "where e.organisation_id = :org and e.status = 'OPEN' and w.team_id in (:teams) and w.enabled = true "
                + "and w.job_role in " + SUPPORT_ROLES + " group by w.team_id")
                .param("org", org).param("teams", teamIds)
                .query(rs -> {
                    byTeam.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[6])[4] = rs.getLong(2);
                });
        jdbc.sql("select w.team_id, count(*) " + workers + " group by w.team_id")
                .param("org", org).param("teams", teamIds)
                .query(rs -> {
                    byTeam.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[6])[5] = rs.getLong(2);
                });
        return byTeam;
    }

    private static void requireLead(CurrentUser user) {
        if (!user.has(Role.TEAM_LEAD)) {
            throw new NotAllowedException("reporting.team-lead-only",
                    Messages.text("reporting.refusal.team-lead-only"));
        }
    }
}
