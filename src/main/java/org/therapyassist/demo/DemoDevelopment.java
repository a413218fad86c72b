package org.therapyassist.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Time;

/**
 * Development records for every demo member of staff: mandatory training with believable gaps (some expired, some
 * expiring within 60 days, a few never done), qualifications (some in progress), a PDP of two or three objectives for
 * each support worker with reviews (some overdue), and six months of ring-fenced learning time with cancellations.
 * Certificates are left empty: the demo has no files.
 */
@Component
class DemoDevelopment {

    private static final String[][] COURSES = {{"MOVING_HANDLING_PEOPLE", "12"}, {"BASIC_LIFE_SUPPORT", "12"},
            {"SAFEGUARDING_ADULTS_L2", "36"}, {"SAFEGUARDING_CHILDREN_L2", "36"}, {"INFORMATION_GOVERNANCE", "12"},
            {"INFECTION_PREVENTION", "12"}, {"FIRE_SAFETY", "12"}, {"EQUALITY_DIVERSITY_HUMAN_RIGHTS", "36"},
            {"CONFLICT_RESOLUTION", "36"}, {"PREVENT", "36"}};
    private static final String[] PROVIDERS = {"e-learning for healthcare", "Trust training team", "Resuscitation team",
            "Manual handling advisers"};
    private static final String[] CANCEL_REASONS = {"Ward short-staffed", "Covering sickness on the ward",
            "Extra discharges before the bank holiday", "Clinic overbooked"};
    private static final String[] ACTIVITIES = {"e-learning: dementia awareness", "Shadowing a hoist assessment",
            "Reading: falls prevention guidance", "Care Certificate workbook",
            "Teaching session: stroke rehabilitation",
            "Observed practice: 10-metre walk"};

    private record Person(UUID id, UUID org, String username, String jobRole) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoDevelopment(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void write() {
        LocalDate today = Time.today(clock);
        BatchWriter out = new BatchWriter(jdbc, 1000);
        List<Person> people = jdbc.query(
                "select id, organisation_id, username, job_role from staff_member order by username",
                (rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4)));
        for (Person p : people) {
            UUID lead = jdbc
                    .queryForObject("select id from staff_member where organisation_id = ? and job_role = 'TEAM_LEAD' "
                            + "order by username limit 1", UUID.class, p.org());
            Random random = new Random(p.username().hashCode());
            training(out, p, lead, random, today);
            boolean supportWorker = p.jobRole().contains("SUPPORT_WORKER")
                    || p.jobRole().equals("ASSISTANT_PRACTITIONER");
            LocalDate started = startedOn(p);
            if (supportWorker && started != null) {
                newStarter(out, p, lead, random, today, started);
            } else if (supportWorker) {
                qualifications(out, p, lead, today);
                pdp(out, p, lead, random, today);
                learningTime(out, p, lead, random, today);
            }
        }
        out.flushAll();
    }

    /** When a new starter (someone with an induction plan: Nia) started; null for everyone already in post. */
    private LocalDate startedOn(Person p) {
        return jdbc.query("select starts_on from induction_plan where staff_id = ?",
                (rs, n) -> rs.getObject(1, LocalDate.class), p.id()).stream().findFirst().orElse(null);
    }

    /**
     * A new starter has nothing from before she started: her Care Certificate is in progress (it is what her
     * induction plan is for), her first PDP objective was agreed in her first week and has not been reviewed yet,
     * and her learning time runs from the day she started.
     */
    private void newStarter(BatchWriter out, Person p, UUID lead, Random random, LocalDate today, LocalDate started) {
        out.add("insert into qualification (id, organisation_id, staff_id, kind, status, achieved_on, awarding_body, "
                + "evidence_id, recorded_by, recorded_at) values (?, ?, ?, 'CARE_CERTIFICATE', 'IN_PROGRESS', null, ?, "
                + "null, ?, ?)", Ids.newId(), p.org(), p.id(), "Northgate trust education team", lead, ts(started));
        LocalDate agreed = started.plusDays(4);
        out.add("insert into pdp_objective (id, organisation_id, staff_id, competency_code, target_stage, objective, actions, "
                + "target_date, review_date, status, version, created_by, created_at, updated_by, updated_at) "
                + "values (?, ?, ?, '3.01', null, ?, ?, ?, ?, 'IN_PROGRESS', 0, ?, ?, ?, ?)",
                Ids.newId(), p.org(), p.id(), "Be signed off to deliver exercise programmes on the ward",
                "Finish the Care Certificate standards with Megan and Priya, then be observed twice by Megan",
                started.plusWeeks(12), started.plusWeeks(8), p.id(), ts(agreed), p.id(), ts(agreed));
        out.add("insert into learning_time_agreement (id, organisation_id, staff_id, hours_per_month, agreed_from, agreed_by, "
                + "recorded_at) values (?, ?, ?, ?, ?, ?, ?)", Ids.newId(), p.org(), p.id(), new BigDecimal("6.0"),
                started, lead, ts(started));
        for (LocalDate on = started.plusDays(9); on.isBefore(today.plusWeeks(3)); on = on.plusWeeks(2)) {
            boolean past = on.isBefore(today);
            out.add("insert into learning_session (id, organisation_id, staff_id, session_on, hours, activity, status, "
                    + "cancel_reason, booked_by, booked_at, closed_by, closed_at, version) "
                    + "values (?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?)",
                    Ids.newId(), p.org(), p.id(), on, new BigDecimal("3.0"),
                    ACTIVITIES[random.nextInt(ACTIVITIES.length)], past ? "TAKEN" : "BOOKED", p.id(),
                    ts(on.isAfter(started.plusDays(14)) ? on.minusDays(14) : started), past ? lead : null,
                    past ? ts(on) : null, past ? 1 : 0);
        }
    }

    private void training(BatchWriter out, Person p, UUID lead, Random random, LocalDate today) {
        for (int c = 0; c < COURSES.length; c++) {
            int months = Integer.parseInt(COURSES[c][1]);
            int roll = random.nextInt(20);
            if (p.username().equals("hca.demo")) {
                roll = c == 1 ? 17 : c == 6 ? 15 : 0; // basic life support expired, fire safety expiring soon
            }
            if (roll == 19) {
                continue; // never done
            }
            if (p.username().equals("nia.hca")) {
                // A new starter: the corporate induction courses done in her first weeks, the rest still to book.
                if (c % 2 == 0) {
                    LocalDate done = today.minusWeeks(5).plusDays(c);
                    record(out, p, lead, COURSES[c][0], done, done.plusMonths(months), random);
                }
                continue;
            }
            LocalDate completed;
            if (roll >= 17) {
                completed = today.minusMonths(months).minusDays(10 + random.nextInt(120)); // expired
            } else if (roll >= 14) {
                completed = today.minusMonths(months).plusDays(5 + random.nextInt(50)); // expiring within 60 days
            } else {
                completed = today.minusDays(20 + random.nextInt(Math.max(30, months * 30 - 90))); // in date
            }
            if (random.nextInt(3) == 0) {
                // An earlier completion that this one renewed: kept as history.
                LocalDate earlier = completed.minusMonths(months).minusDays(random.nextInt(20));
                record(out, p, lead, COURSES[c][0], earlier, earlier.plusMonths(months), random);
            }
            record(out, p, lead, COURSES[c][0], completed, completed.plusMonths(months), random);
        }
    }

    private void record(BatchWriter out, Person p, UUID lead, String course, LocalDate completed, LocalDate expires,
            Random random) {
        out.add("insert into training_record (id, organisation_id, staff_id, course_code, completed_on, expires_on, provider, "
                + "evidence_id, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, null, ?, ?)",
                Ids.newId(), p.org(), p.id(), course, completed, expires, PROVIDERS[random.nextInt(PROVIDERS.length)],
                lead,
                ts(completed.plusDays(1)));
    }

    private void qualifications(BatchWriter out, Person p, UUID lead, LocalDate today) {
        String[][] held = switch (p.jobRole()) {
            case "SUPPORT_WORKER" -> p.username().startsWith("aisha")
                    ? new String[][]{{"CARE_CERTIFICATE", "IN_PROGRESS"}}
                    : new String[][]{{"CARE_CERTIFICATE", "ACHIEVED"}, {"APPRENTICESHIP_LEVEL_2", "IN_PROGRESS"}};
            case "SENIOR_SUPPORT_WORKER" ->
                new String[][]{{"CARE_CERTIFICATE", "ACHIEVED"}, {"CACHE_LEVEL_3_DIPLOMA", "ACHIEVED"},
                        {"APPRENTICESHIP_LEVEL_5", "IN_PROGRESS"}};
            case "ASSISTANT_PRACTITIONER" ->
                new String[][]{{"CARE_CERTIFICATE", "ACHIEVED"}, {"FOUNDATION_DEGREE", "ACHIEVED"}};
            default -> new String[][]{{"CARE_CERTIFICATE", "ACHIEVED"}, {"APPRENTICESHIP_LEVEL_5", "ACHIEVED"}};
        };
        for (int i = 0; i < held.length; i++) {
            boolean achieved = held[i][1].equals("ACHIEVED");
            LocalDate on = today.minusMonths(30L - i * 9L);
            out.add("insert into qualification (id, organisation_id, staff_id, kind, status, achieved_on, awarding_body, "
                    + "evidence_id, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, null, ?, ?)",
                    Ids.newId(), p.org(), p.id(), held[i][0], held[i][1], achieved ? on : null,
                    held[i][0].equals("CARE_CERTIFICATE") ? "Northgate trust education team" : "NCFE CACHE", lead,
                    ts(achieved ? on : today.minusMonths(4)));
        }
    }

    private void pdp(BatchWriter out, Person p, UUID lead, Random random, LocalDate today) {
        String next = switch (p.jobRole()) {
            case "SUPPORT_WORKER" -> "SENIOR_SUPPORT_WORKER";
            case "SENIOR_SUPPORT_WORKER" -> "ASSISTANT_PRACTITIONER";
            case "ASSISTANT_PRACTITIONER" -> "SUPPORT_WORKER_LEAD";
            default -> null;
        };
        // Ravi's last review was over a year ago, Aisha has never had one, Ben's next review date has passed.
        LocalDate reviewed = p.username().startsWith("ravi")
                ? today.minusMonths(14)
                : today.minusMonths(3 + random.nextInt(4));
        LocalDate nextReview = p.username().startsWith("ben") ? today.minusWeeks(2) : today.plusMonths(3);
        Object[][] objectives = {
                {null, next, "Progress to the next stage of the support worker framework",
                        "Agree a development route with my lead",
                        today.plusMonths(12), "IN_PROGRESS"},
                {"3.06", null, "Be signed off for hoist transfers",
                        "Shadow two hoist transfers; book the moving and handling refresher",
                        today.plusMonths(3), "IN_PROGRESS"},
                {"3.07", null, "Measure Timed Up and Go on my own", "Practise with a senior on five patients",
                        today.plusMonths(2),
                        random.nextBoolean() ? "NOT_STARTED" : "ACHIEVED"}};
        for (int i = 0; i < objectives.length; i++) {
            Object[] o = objectives[i];
            if (o[0] == null && o[1] == null) {
                continue;
            }
            UUID id = Ids.newId();
            LocalDate created = today.minusMonths(8);
            out.add("insert into pdp_objective (id, organisation_id, staff_id, competency_code, target_stage, objective, actions, "
                    + "target_date, review_date, status, version, created_by, created_at, updated_by, updated_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                    id, p.org(), p.id(), o[0], o[1], o[2], o[3], o[4], i == 0 ? nextReview : null, o[5], p.id(),
                    ts(created),
                    p.id(), ts(created));
            if (i == 0 && !p.username().startsWith("aisha")) {
                out.add("insert into pdp_review (id, organisation_id, staff_id, objective_id, reviewed_on, reviewer_id, note, "
                        + "next_review_on, thanks_id, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, null, ?)",
                        Ids.newId(), p.org(), p.id(), id, reviewed, lead,
                        "Good progress on delegated work; agreed to focus on the next competency sign-off.", nextReview,
                        ts(reviewed));
            }
        }
    }

    private void learningTime(BatchWriter out, Person p, UUID lead, Random random, LocalDate today) {
        LocalDate from = today.withDayOfMonth(1).minusMonths(7);
        BigDecimal hours = p.username().equals("hca.demo") ? new BigDecimal("4.0") : new BigDecimal("6.0");
        out.add("insert into learning_time_agreement (id, organisation_id, staff_id, hours_per_month, agreed_from, agreed_by, "
                + "recorded_at) values (?, ?, ?, ?, ?, ?, ?)", Ids.newId(), p.org(), p.id(), hours, from, lead,
                ts(from));
        for (int m = 5; m >= 0; m--) {
            LocalDate month = today.withDayOfMonth(1).minusMonths(m);
            for (int s = 0; s < 3; s++) {
                LocalDate on = month.plusDays(4 + s * 9L);
                boolean past = on.isBefore(today);
                String status = !past ? "BOOKED" : random.nextInt(4) == 0 ? "CANCELLED" : "TAKEN";
                BigDecimal h = new BigDecimal(s == 0 ? "3.0" : "1.5");
                out.add("insert into learning_session (id, organisation_id, staff_id, session_on, hours, activity, status, "
                        + "cancel_reason, booked_by, booked_at, closed_by, closed_at, version) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Ids.newId(), p.org(), p.id(), on, h, ACTIVITIES[random.nextInt(ACTIVITIES.length)], status,
                        status.equals("CANCELLED") ? CANCEL_REASONS[random.nextInt(CANCEL_REASONS.length)] : null,
                        p.id(), ts(on.minusDays(14)), past ? lead : null, past ? ts(on) : null, past ? 1 : 0);
            }
        }
    }

    private static Timestamp ts(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).atZone(Time.LONDON).toInstant());
    }
}
