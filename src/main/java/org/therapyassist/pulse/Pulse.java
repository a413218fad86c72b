package org.therapyassist.pulse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Time;

/** Answering the monthly pulse, and the results a team lead may see. */
@Service
public class Pulse {

    private final JdbcClient jdbc;
    private final Clock clock;

    Pulse(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A group's results for one month; the scores are null when fewer than five people answered. */
    public record GroupMonth(String group, LocalDate month, boolean enoughResponses, Double feelValued,
            Double wouldRecommend, Double thinkingOfLeaving, Integer percentFeelValued) {
    }

    public boolean answeredThisMonth(CurrentUser user) {
        return jdbc.sql("select count(*) from pulse_answered where organisation_id = ? and staff_id = ? and answer_month = ?")
                .params(user.organisationId(), user.staffId(), PulseRules.monthOf(Time.today(clock)))
                .query(Long.class).single() > 0;
    }

    @Transactional
    public void answer(CurrentUser user, Integer feelValued, Integer wouldRecommend, Integer thinkingOfLeaving) {
        PulseRules.validate(feelValued, wouldRecommend, thinkingOfLeaving);
        LocalDate month = PulseRules.monthOf(Time.today(clock));
        try {
            jdbc.sql("insert into pulse_answered (organisation_id, staff_id, answer_month) values (?, ?, ?)")
                    .params(user.organisationId(), user.staffId(), month).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("pulse.already-answered", "You have already answered this month's pulse. Thank you.");
        }
        // A random (not time-ordered) id, so that the answer's id says nothing about when, or in what order, it came.
        jdbc.sql("insert into pulse_response (id, organisation_id, team_id, answer_month, feel_valued, would_recommend, "
                        + "thinking_of_leaving) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), user.organisationId(), user.teamId(), month, feelValued, wouldRecommend,
                        thinkingOfLeaving)
                .update();
    }

    /**
     * Results by team and for the whole service over the last six months. Groups under the minimum size come back with
     * no scores: the threshold is applied in SQL, so no caller can see a smaller group.
     */
    @Transactional(readOnly = true)
    public List<GroupMonth> results(CurrentUser user) {
        if (!user.has(Role.TEAM_LEAD)) {
            throw new NotAllowedException("pulse.team-lead-only", "Pulse results are for team leads.");
        }
        LocalDate from = PulseRules.monthOf(Time.today(clock)).minusMonths(5);
        String scores = "count(*) >= " + PulseRules.MINIMUM_GROUP;
        String select = "case when " + scores + " then avg(cast(feel_valued as decimal(4,2))) end, "
                + "case when " + scores + " then avg(cast(would_recommend as decimal(4,2))) end, "
                + "case when " + scores + " then avg(cast(thinking_of_leaving as decimal(4,2))) end, "
                + "case when " + scores + " then 100 * sum(case when feel_valued >= 4 then 1 else 0 end) / count(*) end, "
                + scores;
        List<GroupMonth> teams = jdbc.sql("select t.name, r.answer_month, " + select + " from pulse_response r join team t on t.id = r.team_id "
                        + "where r.organisation_id = ? and r.answer_month >= ? group by t.name, r.answer_month order by t.name, r.answer_month")
                .params(user.organisationId(), from)
                .query((rs, n) -> row(rs.getString(1), rs))
                .list();
        List<GroupMonth> service = jdbc.sql("select 'Whole service', r.answer_month, " + select + " from pulse_response r "
                        + "where r.organisation_id = ? and r.answer_month >= ? group by r.answer_month order by r.answer_month")
                .params(user.organisationId(), from)
                .query((rs, n) -> row(rs.getString(1), rs))
                .list();
        return java.util.stream.Stream.concat(service.stream(), teams.stream()).toList();
    }

    private static GroupMonth row(String group, java.sql.ResultSet rs) throws java.sql.SQLException {
        boolean enough = rs.getBoolean(7);
        return new GroupMonth(group, rs.getObject(2, LocalDate.class), enough, round(rs.getBigDecimal(3)),
                round(rs.getBigDecimal(4)), round(rs.getBigDecimal(5)), enough ? rs.getInt(6) : null);
    }

    private static Double round(java.math.BigDecimal value) {
        return value == null ? null : value.setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
