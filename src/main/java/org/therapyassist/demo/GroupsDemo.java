package org.therapyassist.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Time;

/**
 * Two running group classes on the stroke ward team: a strength and balance class led by Sam (senior support worker),
 * named after the weekday it runs on, whose session today is waiting for its register, and a full falls prevention
 * class led by Megan (assistant
 * practitioner) with a waiting list. Both have several weeks of signed registers, with a few absences and notes.
 */
@Component
class GroupsDemo {

    private static final String[] NOTES = {
            "Managed all stations; progressed to 2 kg wrist weights",
            "Needed a rest after the sit-to-stand circuit; recovered in 2 minutes",
            "Used the rail for tandem stance today",
            "Reports less fear of falling on the stairs at home",
            null, null, null};

    private final JdbcClient jdbc;
    private final Clock clock;

    GroupsDemo(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void write() {
        List<UUID> orgs = jdbc.sql("select organisation_id from staff_member where username = 'lead.demo'")
                .query(UUID.class).list();
        if (orgs.isEmpty() || jdbc.sql("select count(*) from group_class").query(Long.class).single() > 0) {
            return;
        }
        UUID org = orgs.getFirst();
        LocalDate today = Time.today(clock);
        Map<String, UUID> staff = jdbc.sql("select username, id from staff_member where organisation_id = ?").param(org)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        UUID team = jdbc.sql("select id from team where organisation_id = ? and name = 'Stroke ward'").param(org)
                .query(UUID.class).single();
        List<Object[]> episodes = jdbc
                .sql("select id, patient_id from episode where organisation_id = ? and team_id = ? and status = 'OPEN' "
                        + "order by opened_on, patient_id limit 14")
                .params(org, team)
                .query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
        if (episodes.size() < 6) {
            return;
        }
        UUID pt = staff.get("pt.demo");
        UUID sam = staff.get("sw.demo");
        UUID megan = staff.get("megan.ap");

        // Named after the day it runs, which is today's weekday so that its register is waiting today.
        String weekday = today.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
        UUID strength = classOf(org, team, weekday + " strength and balance", "STRENGTH_AND_BALANCE", 8,
                "Ward 7 day room",
                today.getDayOfWeek().getValue(), LocalTime.of(10, 30), 45, pt, today,
                "Sit to stand from a chair x 10\nHeel raises holding the rail x 15\nTandem stance, 3 x 20 seconds\n"
                        + "Side steps along the rail x 10 each way\nMarching on the spot, 1 minute");
        UUID falls = classOf(org, team, "Falls prevention (FaME-style)", "FALLS_PREVENTION", 6, "Therapy gym, level 2",
                today.minusDays(2).getDayOfWeek().getValue(), LocalTime.of(14, 0), 60, pt, today,
                "Backward chaining: getting up from the floor\nSingle leg stance near support\nStep-ups onto a 10 cm step x 10\n"
                        + "Walking with head turns, 2 lengths");

        int half = Math.min(5, episodes.size() / 2);
        List<Object[]> strengthPeople = episodes.subList(0, half);
        List<Object[]> fallsPeople = episodes.subList(half, Math.min(episodes.size(), half + 9));
        enrol(org, strength, strengthPeople, 8, pt, today.minusWeeks(7));
        enrol(org, falls, fallsPeople, 6, pt, today.minusWeeks(6));
        // Nobody is enrolled, or attends, before their episode of care opened.
        for (Object[] person : episodes.subList(0, Math.min(episodes.size(), half + 9))) {
            jdbc.sql("update episode set opened_on = ? where id = ? and opened_on > ?")
                    .params(today.minusWeeks(8), person[0], today.minusWeeks(8)).update();
        }

        // Past sessions with signed registers, today's open register, and the weeks ahead.
        sessions(org, strength, LocalTime.of(10, 30), sam, today.minusWeeks(6), 6, strengthPeople, 8);
        schedule(org, strength, LocalTime.of(10, 30), sam, today, 6);
        sessions(org, falls, LocalTime.of(14, 0), megan, today.minusDays(2).minusWeeks(4), 5, fallsPeople, 6);
        schedule(org, falls, LocalTime.of(14, 0), megan, today.minusDays(2).plusWeeks(1), 5);
        jdbc.sql("update group_session set status = 'CANCELLED', cancel_reason = ?, cancelled_at = ?, cancelled_by = ? "
                + "where class_id = ? and session_date = ?")
                .params("Gym closed for floor repairs", ts(today.minusDays(3)), pt, falls,
                        today.minusDays(2).plusWeeks(3))
                .update();
    }

    private UUID classOf(UUID org, UUID team, String name, String type, int capacity, String venue, int day,
            LocalTime start,
            int minutes, UUID by, LocalDate today, String exercises) {
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into group_class (id, organisation_id, team_id, name, class_type, capacity, leader_stage, default_exercises, "
                        + "venue, day_of_week, start_time, duration_minutes, enrolled_count, created_at, created_by) "
                        + "values (?, ?, ?, ?, ?, ?, 'SENIOR_SUPPORT_WORKER', ?, ?, ?, ?, ?, 0, ?, ?)")
                .params(id, org, team, name, type, capacity, exercises, venue, day, start, minutes,
                        ts(today.minusWeeks(8)), by)
                .update();
        return id;
    }

    private void enrol(UUID org, UUID classId, List<Object[]> people, int capacity, UUID by, LocalDate on) {
        int enrolled = 0;
        int waiting = 0;
        for (int i = 0; i < people.size(); i++) {
            boolean placed = i < capacity;
            LocalDate asked = placed ? on.plusDays(i % 3) : on.plusWeeks(3).plusDays(i);
            jdbc.sql(
                    "insert into group_enrolment (id, organisation_id, class_id, patient_id, episode_id, status, waiting_position, "
                            + "requested_at, enrolled_at, enrolled_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(Ids.newId(), org, classId, people.get(i)[1], people.get(i)[0],
                            placed ? "ENROLLED" : "WAITING",
                            placed ? null : ++waiting, ts(asked), placed ? ts(asked) : null, by)
                    .update();
            enrolled += placed ? 1 : 0;
        }
        jdbc.sql("update group_class set enrolled_count = ? where id = ?").params(enrolled, classId).update();
    }

    private void schedule(UUID org, UUID classId, LocalTime start, UUID leader, LocalDate first, int weeks) {
        for (int w = 0; w < weeks; w++) {
            insertSession(org, classId, first.plusWeeks(w), start, leader, "SCHEDULED");
        }
    }

    private void sessions(UUID org, UUID classId, LocalTime start, UUID leader, LocalDate first, int weeks,
            List<Object[]> people,
            int capacity) {
        List<Object[]> enrolled = people.subList(0, Math.min(capacity, people.size()));
        for (int w = 0; w < weeks; w++) {
            LocalDate day = first.plusWeeks(w);
            UUID session = insertSession(org, classId, day, start, leader, "RECORDED");
            UUID record = Ids.newId();
            Timestamp signed = Timestamp.from(day.atTime(start).plusHours(1).atZone(Time.LONDON).toInstant());
            jdbc.sql(
                    "insert into group_record (id, organisation_id, session_id, leader_id, recorded_by, recorded_at, signed_at, group_note) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(record, org, session, leader, leader, signed, signed,
                            w == weeks - 1 ? "Whole group progressed to the next level of the circuit" : null)
                    .update();
            for (int p = 0; p < enrolled.size(); p++) {
                int roll = (w * 7 + p * 3) % 11;
                String outcome = roll == 0 ? "DID_NOT_ATTEND" : roll == 5 ? "CANCELLED" : "ATTENDED";
                String note = outcome.equals("ATTENDED")
                        ? NOTES[(w + p) % NOTES.length]
                        : outcome.equals("CANCELLED") ? "Rang to say unwell" : "No answer when phoned";
                UUID enrolment = jdbc.sql("select id from group_enrolment where class_id = ? and patient_id = ?")
                        .params(classId, enrolled.get(p)[1]).query(UUID.class).single();
                jdbc.sql(
                        "insert into group_attendance (id, organisation_id, record_id, session_id, patient_id, enrolment_id, outcome, note) "
                                + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(Ids.newId(), org, record, session, enrolled.get(p)[1], enrolment, outcome, note)
                        .update();
            }
        }
    }

    private UUID insertSession(UUID org, UUID classId, LocalDate day, LocalTime start, UUID leader, String status) {
        UUID id = Ids.newId();
        // Scheduled up to 8 weeks ahead, and never before the class was set up.
        jdbc.sql(
                "insert into group_session (id, organisation_id, class_id, session_date, start_time, leader_id, status, created_at, created_by) "
                        + "select ?, ?, ?, ?, ?, ?, ?, greatest(c.created_at, ?), ? from group_class c where c.id = ?")
                .params(id, org, classId, day, start, leader, status, ts(day.minusWeeks(8)), leader, classId)
                .update();
        return id;
    }

    private static Timestamp ts(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }
}
