package org.therapyassist.pulse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.therapyassist.pulse.PulseRules.AnswerBand;
import org.therapyassist.pulse.PulseRules.Figures;
import org.therapyassist.pulse.PulseRules.GroupKind;
import org.therapyassist.pulse.PulseRules.HiddenBecause;
import org.therapyassist.pulse.PulseRules.ReleasedGroup;
import org.therapyassist.pulse.PulseRules.Tally;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.Team;

/**
 * Released months: the figures of a closed month are worked out once, when it is first asked for, and stored, so that
 * every later read shows exactly the same figures. Releasing a month also forgets who answered it, which was only
 * needed to stop a second answer while the month was open.
 */
@Component
class PulseReleases {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final TransactionTemplate ownTransaction;

    PulseReleases(JdbcClient jdbc, StaffDirectory staff, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    boolean isReleased(UUID organisationId, LocalDate month) {
        return jdbc.sql("select count(*) from pulse_release where organisation_id = ? and answer_month = ?")
                .params(organisationId, month).query(Long.class).single() > 0;
    }

    /** Releases any month from first to last not yet released, then reads them all, newest first. */
    List<PulseResults.Month> released(UUID organisationId, LocalDate first, LocalDate last, LocalDate today) {
        Set<LocalDate> done = new HashSet<>(jdbc.sql("select answer_month from pulse_release where organisation_id = ? "
                + "and answer_month between ? and ?").params(organisationId, first, last).query(LocalDate.class)
                .list());
        for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            if (!done.contains(month)) {
                release(organisationId, month, today);
            }
        }
        return read(organisationId, first, last);
    }

    private void release(UUID organisationId, LocalDate month, LocalDate today) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                // Claimed first: a second reader releasing the same month at once waits here, then finds it taken.
                jdbc.sql("insert into pulse_release (organisation_id, answer_month, released_on) values (?, ?, ?)")
                        .params(organisationId, month, today).update();
                List<ReleasedGroup> groups = PulseRules.release(tallies(organisationId, month),
                        tally(organisationId, month, null));
                for (int i = 0; i < groups.size(); i++) {
                    store(organisationId, month, i, groups.get(i));
                }
                jdbc.sql("delete from pulse_answered where organisation_id = ? and answer_month <= ?")
                        .params(organisationId, month).update();
            });
        } catch (DuplicateKeyException alreadyReleased) {
            // Another reader released it first; its figures are the ones that stand.
        }
    }

    private List<Tally> tallies(UUID organisationId, LocalDate month) {
        Map<UUID, String> names = staff.teams(organisationId).stream()
                .collect(Collectors.toMap(Team::id, Team::name, (a, b) -> a));
        return jdbc.sql(TALLY + "and team_id is not null group by team_id")
                .params(organisationId, month)
                .query((rs, n) -> tally(rs, names.getOrDefault(rs.getObject(1, UUID.class), "Unnamed team")))
                .list();
    }

    private Tally tally(UUID organisationId, LocalDate month, String noTeam) {
        return jdbc.sql(TALLY + "and team_id is null group by team_id").params(organisationId, month)
                .query((rs, n) -> tally(rs, noTeam)).optional().orElse(Tally.none(null, noTeam));
    }

    private static final String TALLY = "select team_id, count(*), sum(feel_valued), sum(would_recommend), "
            + "sum(thinking_of_leaving), sum(case when feel_valued >= 4 then 1 else 0 end) from pulse_response "
            + "where organisation_id = ? and answer_month = ? ";

    private static Tally tally(ResultSet rs, String team) throws SQLException {
        return new Tally(rs.getObject(1, UUID.class), team, rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                rs.getInt(6));
    }

    private void store(UUID organisationId, LocalDate month, int position, ReleasedGroup g) {
        Figures f = g.figures();
        jdbc.sql("insert into pulse_release_group (organisation_id, answer_month, position, kind, team_id, name, "
                + "hidden_because, answers_band, feel_valued, would_recommend, thinking_of_leaving, percent_feel_valued) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(organisationId, month, position, g.kind().name(), g.teamId(), g.name(),
                        g.hiddenBecause() == null ? null : g.hiddenBecause().name(),
                        f == null ? null : f.answers().name(), f == null ? null : f.feelValued(),
                        f == null ? null : f.wouldRecommend(), f == null ? null : f.thinkingOfLeaving(),
                        f == null ? null : f.percentFeelValued())
                .update();
    }

    private List<PulseResults.Month> read(UUID organisationId, LocalDate first, LocalDate last) {
        Map<LocalDate, LocalDate> releasedOn = new LinkedHashMap<>();
        Map<LocalDate, List<PulseResults.Group>> groups = new LinkedHashMap<>();
        jdbc.sql("select r.answer_month, r.released_on, g.kind, g.team_id, g.name, g.hidden_because, g.answers_band, "
                + "g.feel_valued, g.would_recommend, g.thinking_of_leaving, g.percent_feel_valued from pulse_release r "
                + "left join pulse_release_group g on g.organisation_id = r.organisation_id and g.answer_month = r.answer_month "
                + "where r.organisation_id = ? and r.answer_month between ? and ? order by r.answer_month desc, g.position")
                .params(organisationId, first, last)
                .query(rs -> {
                    LocalDate month = rs.getObject(1, LocalDate.class);
                    releasedOn.put(month, rs.getObject(2, LocalDate.class));
                    List<PulseResults.Group> list = groups.computeIfAbsent(month, m -> new ArrayList<>());
                    if (rs.getString(3) != null) {
                        list.add(PulseResults.Group.of(group(rs)));
                    }
                });
        return releasedOn.entrySet().stream()
                .map(e -> new PulseResults.Month(e.getKey(), e.getValue(), List.copyOf(groups.get(e.getKey()))))
                .toList();
    }

    private static ReleasedGroup group(ResultSet rs) throws SQLException {
        String hidden = rs.getString(6);
        Figures figures = hidden != null
                ? null
                : new Figures(AnswerBand.valueOf(rs.getString(7)), scale(rs.getBigDecimal(8)),
                        rs.getInt(11), scale(rs.getBigDecimal(9)), scale(rs.getBigDecimal(10)));
        return new ReleasedGroup(GroupKind.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getString(5),
                figures,
                hidden == null ? null : HiddenBecause.valueOf(hidden));
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
