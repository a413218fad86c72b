package org.therapyassist.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Time;
import org.therapyassist.workforce.StaffDirectory;
import org.therapyassist.workforce.StaffMember;
import org.therapyassist.workforce.Team;

/**
 * Figures for a team lead, straight from SQL aggregates: reading counts across modules' tables here is a deliberate,
 * read-only reporting view (see docs/architecture.md), not a way round the modules' rules.
 */
@Service
public class TeamOverview {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Clock clock;

    TeamOverview(JdbcClient jdbc, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    public record WorkerLine(UUID staffId, String name, String stage, int band, long offered, long accepted,
            long reviewsOverdue, long awaitingCountersign, long openEscalations) {
    }

    public record TeamLine(Team team, List<WorkerLine> workers, long offered, long accepted, long reviewsOverdue,
            long awaitingCountersign, long openEscalations) {
    }

    @Transactional(readOnly = true)
    public List<TeamLine> of(CurrentUser user) {
        if (!user.has(Role.TEAM_LEAD)) {
            throw new NotAllowedException("reporting.team-lead-only", "The team overview is for team leads.");
        }
        UUID org = user.organisationId();
        LocalDate today = Time.today(clock);
        Map<UUID, long[]> byWorker = new HashMap<>();
        jdbc.sql("select worker_id, sum(case when status = 'OFFERED' then 1 else 0 end), "
                        + "sum(case when status = 'ACCEPTED' then 1 else 0 end), "
                        + "sum(case when status = 'ACCEPTED' and review_on < ? then 1 else 0 end) "
                        + "from delegation where organisation_id = ? and status in ('OFFERED', 'ACCEPTED') group by worker_id")
                .params(today, org)
                .query(rs -> {
                    long[] v = byWorker.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[5]);
                    v[0] = rs.getLong(2);
                    v[1] = rs.getLong(3);
                    v[2] = rs.getLong(4);
                });
        jdbc.sql("select r.author_id, count(*) from session_record r left join session_countersignature c "
                        + "on c.session_record_id = r.id where r.organisation_id = ? and r.status = 'SIGNED' "
                        + "and r.requires_countersign = true and c.session_record_id is null group by r.author_id")
                .param(org)
                .query(rs -> {
                    byWorker.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[5])[3] = rs.getLong(2);
                });
        jdbc.sql("select raised_by, count(*) from escalation where organisation_id = ? and status = 'OPEN' group by raised_by")
                .param(org)
                .query(rs -> {
                    byWorker.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[5])[4] = rs.getLong(2);
                });
        List<StaffMember> workers = staff.supportWorkers(org);
        return staff.teams(org).stream().map(team -> {
            List<WorkerLine> lines = workers.stream()
                    .filter(w -> team.id().equals(w.teamId()))
                    .map(w -> {
                        long[] v = byWorker.getOrDefault(w.id(), new long[5]);
                        return new WorkerLine(w.id(), w.displayName(), w.stage().orElseThrow().title(), w.band(),
                                v[0], v[1], v[2], v[3], v[4]);
                    })
                    .toList();
            return new TeamLine(team, lines, lines.stream().mapToLong(WorkerLine::offered).sum(),
                    lines.stream().mapToLong(WorkerLine::accepted).sum(),
                    lines.stream().mapToLong(WorkerLine::reviewsOverdue).sum(),
                    lines.stream().mapToLong(WorkerLine::awaitingCountersign).sum(),
                    lines.stream().mapToLong(WorkerLine::openEscalations).sum());
        }).toList();
    }
}
