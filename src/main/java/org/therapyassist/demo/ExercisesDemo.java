package org.therapyassist.demo;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Time;

/**
 * Exercise programmes in the demo service: every team has a contact number for the home sheet; the generated
 * programmes point at the library exercises they describe, with limits of progression as numbers; and the patients
 * whose programme sw.demo and hca.demo deliver get a balance or strength exercise more, so the session form, the
 * programme builder and the sheet all have something to show.
 */
@Component
class ExercisesDemo {

    // Activity written by the generator → library code, most sets, most repetitions.
    private static final Object[][] LINKS = {
            {"Sit to stand from chair", "sit-to-stand", 3, 12},
            {"Sit to stand from a kitchen chair", "sit-to-stand", 3, 12},
            {"Standing weight shift at the sink", "weight-shift", 3, 15},
            {"Straight leg raise", "straight-leg-raise", 3, 12},
            {"Step-ups on the bottom stair", "step-ups", 3, 15},
            {"Heel raises holding the worktop", "heel-raise", 3, 15}};

    // Team → extra exercise for the named patients: code, sets, reps, hold, frequency, max hold.
    private static final Object[][] EXTRA = {
            {"Stroke ward", "tandem-stand", 1, 3, 10, "Once a day", 30},
            {"MSK outpatients", "bridge", 2, 8, 3, "Once a day", 10},
            {"Community rehab", "one-leg-stand", 1, 3, 10, "Once a day", 20}};

    private static final Object[][] PHONES = {
            {"Stroke ward", "01632 960 101"}, {"MSK outpatients", "01632 960 202"},
            {"Community rehab", "01632 960 303"}};

    private final JdbcClient jdbc;
    private final Clock clock;

    ExercisesDemo(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void write() {
        List<UUID> orgs = jdbc.sql("select organisation_id from staff_member where username = 'pt.demo'")
                .query(UUID.class).list();
        if (orgs.isEmpty()) {
            return;
        }
        UUID org = orgs.getFirst();
        for (Object[] p : PHONES) {
            jdbc.sql("update team set contact_phone = ? where organisation_id = ? and name = ?").params(p[1], org, p[0])
                    .update();
        }
        for (Object[] l : LINKS) {
            jdbc.sql(
                    "update programme_item set exercise_id = (select id from exercise where organisation_id is null and code = ?), "
                            + "max_sets = ?, max_repetitions = ? where organisation_id = ? and activity = ?")
                    .params(l[1], l[2], l[3], org, l[0]).update();
        }
        List<Object[]> episodes = jdbc
                .sql("select distinct d.episode_id, t.name, e.lead_therapist_id from delegation d "
                        + "join staff_member w on w.id = d.worker_id join episode e on e.id = d.episode_id "
                        + "join team t on t.id = e.team_id where d.organisation_id = ? and w.username in ('sw.demo', 'hca.demo') "
                        + "and e.status = 'OPEN'")
                .param(org)
                .query((rs,
                        n) -> new Object[]{rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)})
                .list();
        for (Object[] e : episodes) {
            for (Object[] x : EXTRA) {
                if (!x[0].equals(e[1])) {
                    continue;
                }
                UUID exercise = jdbc.sql("select id from exercise where organisation_id is null and code = ?")
                        .param(x[1])
                        .query(UUID.class).single();
                String name = jdbc.sql("select name from exercise where id = ?").param(exercise).query(String.class)
                        .single();
                Integer last = jdbc.sql("select max(position) from programme_item where episode_id = ?").param(e[0])
                        .query(Integer.class).optional().orElse(0);
                jdbc.sql(
                        "insert into programme_item (id, organisation_id, episode_id, position, activity, sets, repetitions, "
                                + "hold_seconds, frequency, created_at, created_by, exercise_id, max_hold_seconds, version) "
                                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                        .params(Ids.newId(), org, e[0], (last == null ? 0 : last) + 1, name, x[2], x[3], x[4], x[5],
                                Time.db(clock.instant().minusSeconds(86_400L * 7)), e[2], exercise, x[6])
                        .update();
            }
        }
    }
}
