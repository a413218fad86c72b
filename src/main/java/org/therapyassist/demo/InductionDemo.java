package org.therapyassist.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.therapyassist.induction.Induction;
import org.therapyassist.induction.Rotation;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Time;
import org.therapyassist.reminders.Reminders;

/**
 * Induction and rotations in the demo service: Nia, a band 2 new starter six weeks in (a little behind); Megan named
 * as a Care Certificate assessor; Tom mid-rotation in MSK with his next move planned; Ben arriving in the stroke
 * team with half his handover done. Then the daily reminder job runs once for the demo date.
 */
@Component
class InductionDemo {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Reminders reminders;
    private final Clock clock;

    InductionDemo(JdbcClient jdbc, PasswordEncoder encoder, Reminders reminders, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.reminders = reminders;
        this.clock = clock;
    }

    void write() {
        LocalDate today = Time.today(clock);
        Map<String, UUID> ids = jdbc.sql("select username, id from staff_member")
                .query((rs, n) -> Map.entry(rs.getString(1),
                        rs.getObject(2, UUID.class)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        Map.Entry::getValue));
        if (!ids.containsKey("lead.demo") || ids.containsKey("nia.hca")) {
            return;
        }
        UUID org = jdbc.sql("select organisation_id from staff_member where id = ?").param(ids.get("lead.demo"))
                .query(UUID.class).single();
        Map<String, UUID> teams = jdbc.sql("select name, id from team where organisation_id = ?").param(org)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        UUID stroke = teams.get("Stroke ward");
        UUID msk = teams.get("MSK outpatients");
        UUID community = teams.get("Community rehab");

        UUID nia = Ids.newId();
        jdbc.sql(
                "insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, family_name, "
                        + "job_role, band, phone, enabled) values (?, ?, ?, 'nia.hca', ?, 'Nia', 'Roberts', 'SUPPORT_WORKER', 2, "
                        + "'07700 900777', true)")
                .params(nia, org, stroke, encoder.encode("demo")).update();
        UUID lead = ids.get("lead.demo");
        UUID megan = ids.get("megan.ap");
        UUID priya = ids.get("pt.demo");
        jdbc.sql(
                "insert into care_certificate_assessor (organisation_id, staff_id, named_by, named_at) values (?, ?, ?, ?)")
                .params(org, megan, lead, ts(today.minusWeeks(20))).update();
        inductionPlan(org, nia, lead, today.minusWeeks(6), Map.of(1, priya, 2, priya, 3, megan, 6, megan, 7, priya),
                List.of("Meet the team", "Fire evacuation route"), megan);

        UUID tom = ids.get("tom.ap");
        rotation(org, tom, community, msk, today.minusWeeks(4), today.plusWeeks(8), "IN_PROGRESS", lead, 5, today);
        rotation(org, tom, msk, community, today.plusWeeks(8), null, "PLANNED", lead, 0, today);
        jdbc.sql("update staff_member set team_id = ? where id = ?").params(msk, tom).update();
        rotation(org, ids.get("ben.ssw"), community, stroke, today.plusWeeks(2), today.plusWeeks(14), "PLANNED", lead,
                2, today);

        reminders.writeFor(today);
    }

    private void inductionPlan(UUID org, UUID starter, UUID lead, LocalDate startsOn,
            Map<Integer, UUID> standardsSigned,
            List<String> localSigned, UUID localAssessor) {
        UUID plan = Ids.newId();
        jdbc.sql(
                "insert into induction_plan (id, organisation_id, staff_id, starts_on, standard_set, created_by, created_at) "
                        + "values (?, ?, ?, ?, 'CC2025', ?, ?)")
                .params(plan, org, starter, startsOn, lead, ts(startsOn)).update();
        List<Map.Entry<Integer, String>> standards = jdbc.sql("select number, title from care_certificate_standard "
                + "where standard_set = 'CC2025' order by number")
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2))).list();
        int position = 0;
        for (Map.Entry<Integer, String> s : standards) {
            UUID by = standardsSigned.get(s.getKey());
            item(org, plan, ++position, "CARE_CERTIFICATE", s.getKey(), s.getValue(), by,
                    by == null ? null : startsOn.plusDays(3L * position),
                    by == null ? null : "Workbook checked and observed on the ward");
        }
        for (String title : Induction.DEFAULT_LOCAL_ITEMS) {
            boolean signed = localSigned.contains(title);
            item(org, plan, ++position, "LOCAL", null, title, signed ? localAssessor : null,
                    signed ? startsOn.plusDays(1) : null, null);
        }
    }

    private void item(UUID org, UUID plan, int position, String kind, Integer number, String title, UUID by,
            LocalDate on,
            String note) {
        jdbc.sql("insert into induction_item (id, organisation_id, plan_id, position, kind, standard_number, title, "
                + "signed_off_by, signed_off_at, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), org, plan, position, kind, number, title, by, on == null ? null : ts(on), note)
                .update();
    }

    /** A rotation planned six weeks ahead (or today, if less), its handover items ticked a week before (or lately). */
    private void rotation(UUID org, UUID staff, UUID from, UUID to, LocalDate startsOn, LocalDate endsOn, String status,
            UUID lead, int ticked, LocalDate today) {
        UUID id = Ids.newId();
        LocalDate planned = startsOn.minusWeeks(6).isAfter(today) ? today : startsOn.minusWeeks(6);
        LocalDate tickedOn = startsOn.minusDays(7).isBefore(today) ? startsOn.minusDays(7) : today.minusDays(1);
        jdbc.sql(
                "insert into rotation (id, organisation_id, staff_id, from_team_id, to_team_id, starts_on, ends_on, status, "
                        + "created_by, created_at, started_by, started_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(id, org, staff, from, to, startsOn, endsOn, status, lead, ts(planned),
                        status.equals("PLANNED") ? null : lead, status.equals("PLANNED") ? null : ts(startsOn))
                .update();
        int position = 0;
        for (String title : Rotation.DEFAULT_HANDOVER) {
            boolean done = position < ticked;
            jdbc.sql(
                    "insert into rotation_handover_item (id, organisation_id, rotation_id, position, title, ticked_by, ticked_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(Ids.newId(), org, id, ++position, title, done ? lead : null,
                            done ? ts(tickedOn) : null)
                    .update();
        }
    }

    /**
     * Ten in the morning of that day, but never later than now: a demo started before ten has done today's planning
     * and ticking already, not in the hours to come.
     */
    private Timestamp ts(LocalDate day) {
        Instant atTen = day.atTime(10, 0).atZone(Time.LONDON).toInstant();
        Instant earlier = clock.instant().minus(Duration.ofMinutes(5));
        return Timestamp.from(atTen.isAfter(earlier) ? earlier : atTen);
    }
}
