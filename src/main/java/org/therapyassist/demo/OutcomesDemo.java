package org.therapyassist.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.outcomes.ChairStandNorms.NormGroup;
import org.therapyassist.outcomes.Measure;
import org.therapyassist.outcomes.MeasureLibrary;
import org.therapyassist.outcomes.MeasureScoring;
import org.therapyassist.outcomes.Score;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Time;

/**
 * Six months of outcome measures for four of pt.demo's patients, improving as rehab goes well (one with a setback),
 * support workers' TUG and pain readings on their delegations, and goals with attainment levels and reviews. Scores
 * are worked out by the same domain code as live results, so the stored score equals the computed one here too.
 */
@Component
class OutcomesDemo {

    private final JdbcClient jdbc;
    private final Clock clock;

    OutcomesDemo(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record PatientRow(UUID id, UUID episodeId, LocalDate born) {
    }

    void write() {
        List<UUID> orgs = jdbc.sql("select organisation_id from staff_member where username = 'pt.demo'")
                .query(UUID.class).list();
        if (orgs.isEmpty() || jdbc.sql("select count(*) from measure_result").query(Long.class).single() > 0) {
            return;
        }
        UUID org = orgs.getFirst();
        UUID pt = staff(org, "pt.demo");
        UUID team = jdbc.sql("select team_id from staff_member where id = ?").param(pt).query(UUID.class).single();
        List<PatientRow> patients = jdbc
                .sql("select p.id, e.id, p.date_of_birth from episode e join patient p on p.id = e.patient_id "
                        + "where e.organisation_id = ? and e.team_id = ? and e.status = 'OPEN' order by p.family_name, p.given_name")
                .params(org, team)
                .query((rs, n) -> new PatientRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class)))
                .list().stream().limit(4).toList();
        LocalDate today = Time.today(clock);
        LocalDate start = today.minusMonths(6);
        for (int p = 0; p < patients.size(); p++) {
            PatientRow row = patients.get(p);
            openedBefore(row, start.minusWeeks(1));
            Delegated worker = delegated(org, row.id());
            boolean setback = p == 2;
            for (int month = 0; month <= 6; month++) {
                LocalDate on = start.plusMonths(month).plusDays(p);
                if (on.isAfter(today)) {
                    on = today;
                }
                double progress = month / 6.0;
                int dip = setback && month == 3 ? 6 : 0;
                int bergTotal = (int) Math.round(24 + p * 3 + progress * 22) - dip;
                result(org, row, MeasureLibrary.BERG, bergItems(bergTotal), null, on, pt, 6, null, null, null);
                double walkSeconds = round1(24 - progress * 12 + (setback && month == 3 ? 5 : 0) - p);
                result(org, row, MeasureLibrary.TEN_METRE_WALK, List.of(BigDecimal.valueOf(walkSeconds)), null, on, pt,
                        6,
                        null, null, null);
                if (p % 2 == 0) {
                    result(org, row, MeasureLibrary.EMS, emsItems(month), null, on, pt, 6, null, null, null);
                } else {
                    result(org, row, MeasureLibrary.PSFS,
                            Arrays.asList(BigDecimal.valueOf(Math.min(10, 2 + month)),
                                    BigDecimal.valueOf(Math.min(10, 3 + month)),
                                    BigDecimal.valueOf(Math.min(10, 1 + month)), null, null),
                            List.of("Climbing the stairs at home", "Getting in and out of the bath",
                                    "Walking to the corner shop", "", ""),
                            on, pt, 6, null, null, null);
                }
            }
            // Fortnightly support-worker readings on their delegation: TUG falling, pain settling.
            for (int week = 0; week <= 24; week += 2) {
                LocalDate on = start.plusWeeks(week).plusDays(p + 1);
                if (on.isAfter(today)) {
                    break;
                }
                double progress = week / 24.0;
                UUID by = worker == null ? pt : worker.workerId;
                int band = worker == null ? 6 : worker.band;
                UUID delegation = worker == null ? null : worker.delegationId;
                double tug = round1(21 - progress * 10 + (setback && week >= 12 && week <= 14 ? 4 : 0) - p * 0.5);
                result(org, row, MeasureLibrary.TUG, List.of(BigDecimal.valueOf(tug)), null, on, by, band, delegation,
                        null, null);
                int pain = (int) Math.max(1, Math.round(7 - progress * 5 + (setback && week == 12 ? 2 : 0)));
                result(org, row, MeasureLibrary.PAIN, List.of(BigDecimal.valueOf(pain)), null, on, by, band, delegation,
                        null, null);
                if (p == 0 && week % 4 == 0) {
                    int age = row.born().until(on).getYears();
                    result(org, row, MeasureLibrary.CHAIR_STAND,
                            List.of(BigDecimal.valueOf(Math.round(6 + progress * 6))), null,
                            on, by, band, delegation, NormGroup.WOMEN, age);
                }
            }
            scaleGoals(org, row, pt, start, today, p);
        }
    }

    private record Delegated(UUID delegationId, UUID workerId, int band) {
    }

    /**
     * Six months of measures need an episode that long: it opened, and its goals and programme were set, a week
     * before the first measure, so that nothing on the record comes before the episode it belongs to.
     */
    private void openedBefore(PatientRow row, LocalDate opened) {
        jdbc.sql("update episode set opened_on = ? where id = ?").params(opened, row.episodeId()).update();
        jdbc.sql("update patient set created_at = ? where id = ?")
                .params(opened.minusDays(1).atTime(9, 0).atOffset(ZoneOffset.UTC), row.id()).update();
        var set = opened.plusDays(1).atTime(9, 0).atOffset(ZoneOffset.UTC);
        jdbc.sql("update goal set created_at = ? where episode_id = ?").params(set, row.episodeId()).update();
        jdbc.sql("update programme_item set created_at = ? where episode_id = ?").params(set, row.episodeId())
                .update();
    }

    private Delegated delegated(UUID org, UUID patientId) {
        return jdbc.sql("select d.id, d.worker_id, s.band from delegation d join staff_member s on s.id = d.worker_id "
                + "where d.organisation_id = ? and d.patient_id = ? order by d.created_at")
                .params(org, patientId)
                .query((rs, n) -> new Delegated(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3)))
                .list().stream().findFirst().orElse(null);
    }

    private void scaleGoals(UUID org, PatientRow row, UUID pt, LocalDate start, LocalDate today, int p) {
        List<UUID> goals = jdbc
                .sql("select id from goal where organisation_id = ? and episode_id = ? order by created_at")
                .params(org, row.episodeId()).query(UUID.class).list();
        String[][] levels = {
                {"Needs two people to walk to the toilet", "Walks to the toilet with one person helping",
                        "Walks to the toilet alone with a frame",
                        "Walks to the toilet and back to the lounge alone with a frame",
                        "Walks around the house with a stick"},
                {"Cannot get up the stairs", "Gets up the stairs with one person helping",
                        "Gets up the stairs with the rail and a stick",
                        "Gets up the stairs with the rail only", "Gets up the stairs carrying a drink"},
                {"Cannot make a drink", "Makes a drink with help to carry it",
                        "Makes a hot drink and carries it on a trolley",
                        "Makes a hot drink and a snack using the trolley", "Makes a light lunch"}};
        for (int g = 0; g < goals.size() && g < 3; g++) {
            String[] l = levels[(g + p) % levels.length];
            jdbc.sql(
                    "insert into goal_scaling (goal_id, organisation_id, weight, level_minus2, level_minus1, level_zero, level_plus1, "
                            + "level_plus2, baseline_level, set_by, set_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(goals.get(g), org, g == 0 ? 2 : 1, l[0], l[1], l[2], l[3], l[4], -1, pt,
                            start.atStartOfDay().atOffset(ZoneOffset.UTC))
                    .update();
            int[] path = p == 2 ? new int[]{-1, -2, 0} : new int[]{-1, 0, g == 0 ? 1 : 0};
            for (int r = 0; r < path.length; r++) {
                LocalDate on = start.plusWeeks(8L * (r + 1)).plusDays(p);
                if (on.isAfter(today)) {
                    on = today;
                }
                jdbc.sql(
                        "insert into goal_review (id, organisation_id, goal_id, reviewed_on, attained_level, note, reviewed_by, "
                                + "recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(Ids.newId(), org, goals.get(g), on, path[r],
                                r == 1 && p == 2 ? "Set back by a chest infection" : null, pt,
                                on.atTime(15, 0).atOffset(ZoneOffset.UTC))
                        .update();
            }
        }
    }

    private void result(UUID org, PatientRow row, String key, List<BigDecimal> items, List<String> labels, LocalDate on,
            UUID by, int band, UUID delegation, NormGroup group, Integer age) {
        Measure m = MeasureLibrary.require(key);
        Score score = MeasureScoring.score(m, items, new MeasureScoring.Context(
                age != null ? age : row.born().until(on).getYears(), group));
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into measure_result (id, organisation_id, patient_id, episode_id, delegation_id, delegated_by, measure_key, "
                        + "score, unit, interpretation, tone, norm_sex, effective_on, performer_id, performer_band, recorded_at) "
                        + "values (?, ?, ?, ?, ?, (select delegator_id from delegation where id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, org, row.id(), row.episodeId(), delegation, delegation, key, score.value(), m.unit(),
                        score.interpretation(),
                        score.tone() == null ? null : score.tone().name(), group == null ? null : group.name(), on, by,
                        band,
                        on.atTime(11, 0).atOffset(ZoneOffset.UTC))
                .update();
        int position = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                continue;
            }
            String label = labels != null ? labels.get(i) : m.items().get(i).label();
            jdbc.sql(
                    "insert into measure_result_item (result_id, position, item_key, label, item_value) values (?, ?, ?, ?, ?)")
                    .params(id, ++position, m.items().get(i).key(), label, items.get(i)).update();
        }
    }

    /** Spreads a Berg total over the 14 items (each 0 to 4), harder items scoring lower. */
    static List<BigDecimal> bergItems(int total) {
        int[] items = new int[14];
        int left = Math.max(0, Math.min(56, total));
        for (int round = 0; round < 4 && left > 0; round++) {
            for (int i = 0; i < 14 && left > 0; i++) {
                items[i]++;
                left--;
            }
        }
        List<BigDecimal> out = new ArrayList<>();
        for (int v : items) {
            out.add(BigDecimal.valueOf(v));
        }
        return out;
    }

    private static List<BigDecimal> emsItems(int month) {
        int[][] byMonth = {{1, 1, 1, 1, 1, 1, 0}, {1, 1, 2, 1, 1, 1, 0}, {2, 1, 2, 2, 1, 2, 0}, {2, 2, 2, 2, 2, 2, 2},
                {2, 2, 2, 2, 2, 2, 2}, {2, 2, 3, 3, 2, 2, 2}, {2, 2, 3, 3, 3, 3, 2}};
        List<BigDecimal> out = new ArrayList<>();
        for (int v : byMonth[month]) {
            out.add(BigDecimal.valueOf(v));
        }
        return out;
    }

    private UUID staff(UUID org, String username) {
        return jdbc.sql("select id from staff_member where organisation_id = ? and username = ?").params(org, username)
                .query(UUID.class).single();
    }

    private static double round1(double v) {
        return Math.max(1, Math.round(v * 10) / 10.0);
    }
}
