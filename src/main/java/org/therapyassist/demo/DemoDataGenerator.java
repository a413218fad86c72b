package org.therapyassist.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.therapyassist.competence.Statement;
import org.therapyassist.patients.NhsNumber;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.JobRole;

/**
 * Writes a fictional therapy service: organisations, each with units of three teams (stroke ward, MSK outpatients,
 * community rehab), about 15 staff per unit with competency sign-offs (some expired), patients with valid NHS numbers
 * from the 999 test range, episodes, goals, programmes, delegations in every state, session records signed, draft,
 * countersigned and awaiting countersignature, amendments and escalations. Deterministic for a given seed and day.
 */
@Component
public class DemoDataGenerator {

    /** What to generate. The demo is one organisation of one unit with the named logins; benchmarks scale it up. */
    public record Spec(int organisations, int unitsPerOrganisation, int patientsPerUnit, int sessionsPerDelegation,
            boolean namedLogins, long seed) {

        public static Spec demo() {
            return new Spec(1, 1, 60, 4, true, 20261123L);
        }
    }

    public record Summary(long rows, int organisations, long patients, long delegations, long sessionRecords) {
    }

    private static final String[][] TEAMS = {{"Stroke ward", "WARD"}, {"MSK outpatients", "OUTPATIENTS"},
            {"Community rehab", "COMMUNITY"}};

    // Staff per unit: username for the named demo unit, names, job role, band, team index, HCPC number prefix.
    private static final String[][] STAFF = {
            {"pt.demo", "Priya", "Raman", "PHYSIOTHERAPIST", "6", "0", "PH"},
            {"ot.demo", "Owen", "Tremayne", "OCCUPATIONAL_THERAPIST", "5", "2", "OT"},
            {"sw.demo", "Sam", "Whitaker", "SENIOR_SUPPORT_WORKER", "3", "0", null},
            {"hca.demo", "Hannah", "Caldwell", "SUPPORT_WORKER", "2", "0", null},
            {"lead.demo", "Lorna", "Davenport", "TEAM_LEAD", "7", "0", "PH"},
            {"admin.demo", "Adam", "Mercer", "ADMINISTRATOR", "5", null, null},
            {"fiona.ot", "Fiona", "Campbell", "OCCUPATIONAL_THERAPIST", "6", "0", "OT"},
            {"megan.ap", "Megan", "Price", "ASSISTANT_PRACTITIONER", "4", "0", null},
            {"daniel.pt", "Daniel", "Novak", "PHYSIOTHERAPIST", "6", "1", "PH"},
            {"chloe.sw", "Chloe", "Evans", "SUPPORT_WORKER", "2", "1", null},
            {"ravi.ssw", "Ravi", "Sharma", "SENIOR_SUPPORT_WORKER", "3", "1", null},
            {"grace.pt", "Grace", "Okafor", "PHYSIOTHERAPIST", "7", "2", "PH"},
            {"tom.ap", "Tom", "Reid", "ASSISTANT_PRACTITIONER", "4", "2", null},
            {"aisha.sw", "Aisha", "Khan", "SUPPORT_WORKER", "2", "2", null},
            {"ben.ssw", "Ben", "Hughes", "SENIOR_SUPPORT_WORKER", "3", "2", null},
            {"joanne.swl", "Joanne", "Barker", "SUPPORT_WORKER_LEAD", "5", "0", null}};

    // Competencies each support worker holds, by staff index; a leading '!' means the sign-off has expired.
    private static final Map<Integer, String[]> HELD = Map.of(
            2, new String[]{"3.01", "3.02", "3.03", "3.04", "3.05", "!3.06", "3.07", "3.08", "3.11", "4.01", "5.01"},
            3, new String[]{"3.01", "3.05", "5.01", "3.09", "!3.07", "3.12"},
            7, new String[]{"3.01", "3.02", "3.03", "3.04", "3.05", "3.06", "3.07", "3.08", "5.01", "3.11", "3.18"},
            9, new String[]{"3.01", "3.07", "5.01", "3.12"},
            10, new String[]{"3.01", "3.03", "3.04", "3.07", "3.08", "!5.01", "4.01"},
            12, new String[]{"3.01", "3.02", "3.03", "3.05", "3.09", "3.10", "5.01", "5.02", "4.01", "3.12"},
            13, new String[]{"3.01", "3.05", "3.09", "5.01", "3.12"},
            14, new String[]{"3.01", "3.03", "3.05", "3.09", "3.10", "5.01", "5.02", "4.01"});

    private static final Map<String, Integer> VALIDITY = Map.ofEntries(Map.entry("3.05", 12), Map.entry("3.06", 12),
            Map.entry("3.08", 12), Map.entry("5.01", 12));

    private static final Map<String, String[]> TASKS = Map.of(
            "EXERCISE_PROGRAMME", new String[]{"3.01"},
            "TRANSFER_PRACTICE", new String[]{"3.05", "5.01"},
            "WALKING_AID", new String[]{"3.03"},
            "STAIR_PRACTICE", new String[]{"3.04", "5.01"},
            "TUG_MEASUREMENT", new String[]{"3.07"},
            "WASH_DRESS", new String[]{"3.09"},
            "KITCHEN_PRACTICE", new String[]{"3.10"},
            "DISCHARGE_CALL", new String[]{"4.01"},
            "EQUIPMENT_TEACHING", new String[]{"3.12"});

    private static final Map<String, String> STAGE_OF_TASK = Map.of("WALKING_AID", "SENIOR", "STAIR_PRACTICE", "SENIOR",
            "KITCHEN_PRACTICE", "SENIOR", "DISCHARGE_CALL", "SENIOR");

    /** Competencies a task type needs: the demo sign-offs for these are set by hand in HELD. */
    private static final Set<String> TASK_LINKED = Set.of("3.01", "3.02", "3.03", "3.04", "3.05", "3.06", "3.07",
            "3.08",
            "3.09", "3.10", "3.11", "3.12", "3.18", "4.01", "5.01", "5.02");

    private static final String[] SELF_NOTES = {
            "Done this a few times with my supervisor watching; I still check the steps on the sheet.",
            "Practised in the team's training session last month; need to do it on the ward next.",
            "I do this most days now and can explain why each step matters.",
            "Shadowed Megan twice; would like to be observed before asking for sign-off."};

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private List<Statement> catalogue;
    private final Clock clock;

    DemoDataGenerator(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    private List<Statement> developmentCatalogue() {
        if (catalogue == null) {
            catalogue = jdbc.query(
                    "select code, title, framework_domain, expected_from, validity_months from competency order by code",
                    (rs, n) -> new Statement(rs.getString(1), rs.getString(2), rs.getInt(3), null,
                            Stage.valueOf(rs.getString(4)), rs.getInt(5)));
        }
        return catalogue;
    }

    public Summary generate(Spec spec) {
        return new Run(spec).write();
    }

    private final class Run {
        final Spec spec;
        final Random random;
        final BatchWriter out;
        final LocalDate today = Time.today(clock);
        final String passwordHash;
        long patients;
        long delegations;
        long records;
        long nhsSequence;
        final Map<UUID, String> phones = new HashMap<>();

        Run(Spec spec) {
            this.spec = spec;
            this.random = new Random(spec.seed());
            this.out = new BatchWriter(jdbc, 1000);
            this.nhsSequence = 999_000_000L;
            // One hash for every generated account: bcrypt is slow on purpose, and they all share the demo password.
            this.passwordHash = encoder.encode("demo");
        }

        Summary write() {
            for (int o = 0; o < spec.organisations(); o++) {
                UUID org = Ids.newId();
                out.add("insert into organisation (id, name, ods_code) values (?, ?, ?)", org,
                        o == 0
                                ? "Northgate Community and Acute Therapy Service"
                                : "Fictional Therapy Service " + (o + 1),
                        "ZZ" + String.format("%03d", o));
                for (int u = 0; u < spec.unitsPerOrganisation(); u++) {
                    unit(org, o, u);
                }
            }
            out.flushAll();
            return new Summary(out.rows(), spec.organisations(), patients, delegations, records);
        }

        void unit(UUID org, int o, int u) {
            boolean named = spec.namedLogins() && o == 0 && u == 0;
            String suffix = u == 0 ? "" : " " + (u + 1);
            UUID[] teams = new UUID[TEAMS.length];
            for (int t = 0; t < TEAMS.length; t++) {
                teams[t] = Ids.newId();
                out.add("insert into team (id, organisation_id, name, setting) values (?, ?, ?, ?)", teams[t], org,
                        TEAMS[t][0] + suffix, TEAMS[t][1]);
            }
            UUID[] staff = new UUID[STAFF.length];
            for (int s = 0; s < STAFF.length; s++) {
                String[] row = STAFF[s];
                staff[s] = Ids.newId();
                String username = named ? row[0] : "u" + o + "-" + u + "-" + s;
                String hcpc = row[6] == null
                        ? null
                        : row[6] + String.format("%06d", (o * 7919L + u * 131L + s * 17L + 100_000L) % 1_000_000L);
                String phone = "07700 900" + String.format("%03d", (s * 37 + u) % 1000);
                phones.put(staff[s], phone);
                out.add("insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, "
                        + "family_name, job_role, band, hcpc_number, phone, enabled) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)",
                        staff[s], org, row[5] == null ? null : teams[Integer.parseInt(row[5])], username, passwordHash,
                        row[1], row[2], row[3], Integer.parseInt(row[4]), hcpc, phone);
            }
            Map<Integer, List<String>> inDate = new HashMap<>();
            for (Map.Entry<Integer, String[]> e : HELD.entrySet()) {
                int s = e.getKey();
                UUID assessor = staff[registrantOfTeam(Integer.parseInt(STAFF[s][5]))];
                List<String> held = new ArrayList<>();
                for (String code : e.getValue()) {
                    boolean expired = code.startsWith("!");
                    String c = expired ? code.substring(1) : code;
                    int months = VALIDITY.getOrDefault(c, 24);
                    LocalDate signed = expired
                            ? today.minusMonths(months).minusDays(10 + random.nextInt(60))
                            : today.minusDays(20 + random.nextInt(months * 28));
                    out.add("insert into competency_signoff (id, organisation_id, staff_id, competency_code, assessor_id, "
                            + "signed_on, expires_on, evidence, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            Ids.newId(), org, staff[s], c, assessor, signed, signed.plusMonths(months),
                            "Observed practice on the ward and discussion of the stop criteria", ts(signed));
                    if (!expired) {
                        held.add(c);
                    }
                }
                inDate.put(s, held);
            }
            for (int p = 0; p < spec.patientsPerUnit(); p++) {
                patient(org, teams, staff, inDate, p % TEAMS.length, named, p);
            }
            pulse(org, teams, o * 1000 + u);
            thanks(org, staff);
            supervision(org, staff);
            development(org, staff, o * 1000 + u);
        }

        /**
         * Development records for every support worker: how long they have been at their stage, sign-offs across the
         * rest of the catalogue (most held, some expiring within 60 days, a few expired, some gaps) and
         * self-assessments
         * of what they are working towards. Task-linked competencies are left to HELD so delegation demos stay as they
         * are.
         */
        void development(UUID org, UUID[] staff, long unitSeed) {
            Random r = new Random(spec.seed() * 31 + unitSeed);
            int[] monthsAtStage = {0, 0, 30, 10, 0, 0, 0, 26, 0, 5, 14, 0, 40, 8, 19, 22};
            for (int s = 0; s < STAFF.length; s++) {
                Stage stage = JobRole.valueOf(STAFF[s][3]).stage().orElse(null);
                if (stage == null) {
                    continue;
                }
                out.add("update staff_member set stage_since = ? where id = ?",
                        today.minusMonths(monthsAtStage[s]).minusDays(s), staff[s]);
                UUID assessor = staff[registrantOfTeam(Integer.parseInt(STAFF[s][5]))];
                for (Statement c : developmentCatalogue()) {
                    if (TASK_LINKED.contains(c.code())) {
                        continue;
                    }
                    boolean expected = c.expectedAt(stage);
                    int roll = r.nextInt(100);
                    if (expected && roll < 72 || !expected && roll < 8) {
                        LocalDate signed;
                        if (roll < 6) {
                            signed = today.minusMonths(c.validityMonths()).minusDays(5 + r.nextInt(90));
                        } else if (roll < 16) {
                            signed = today.minusMonths(c.validityMonths()).plusDays(5 + r.nextInt(50));
                        } else {
                            signed = today.minusDays(20 + r.nextInt(Math.max(30, c.validityMonths() * 30 - 120)));
                        }
                        out.add("insert into competency_signoff (id, organisation_id, staff_id, competency_code, assessor_id, "
                                + "signed_on, expires_on, evidence, method, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                Ids.newId(), org, staff[s], c.code(), assessor, signed,
                                signed.plusMonths(c.validityMonths()),
                                roll % 2 == 0
                                        ? "Observed in practice and discussed afterwards"
                                        : "Discussion of two recent examples",
                                roll % 2 == 0 ? "OBSERVED" : "DISCUSSION", ts(signed));
                    } else if (expected || roll < 20) {
                        String rating = roll % 3 == 0 ? "NOT_YET" : roll % 3 == 1 ? "DEVELOPING" : "CONFIDENT";
                        out.add("insert into competency_self_assessment (id, organisation_id, staff_id, competency_code, rating, "
                                + "evidence_kind, evidence_note, assessed_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                                Ids.newId(), org, staff[s], c.code(), rating, rating.equals("NOT_YET") ? null : "NOTE",
                                rating.equals("NOT_YET") ? null : SELF_NOTES[roll % SELF_NOTES.length],
                                ts(today.minusDays(3 + r.nextInt(80))));
                    }
                }
            }
        }

        /** Recent supervision for most support workers; hca.demo and ravi.ssw are overdue, aisha.sw never had any. */
        void supervision(UUID org, UUID[] staff) {
            int[][] sessions = {{2, 0, 3}, {3, 0, 10}, {7, 0, 2}, {9, 8, 4}, {10, 8, 11}, {12, 11, 5}, {14, 11, 1}};
            for (int[] s : sessions) {
                LocalDate held = today.minusWeeks(s[2]);
                out.add("insert into supervision_session (id, organisation_id, staff_id, supervisor_id, held_on, kind, discussed, "
                        + "actions, wellbeing, next_due_on, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Ids.newId(), org, staff[s[0]], staff[s[1]], held, s[2] % 2 == 0 ? "CLINICAL" : "MANAGERIAL",
                        "Caseload, delegated tasks this month, and progress towards the next competency sign-off.",
                        "Shadow two hoist transfers; book moving and handling refresher.",
                        s[2] > 8 ? "SOME_CONCERNS" : "GOOD",
                        held.plusWeeks(6), ts(held));
            }
        }

        void thanks(UUID org, UUID[] staff) {
            String[][] notes = {{"0", "3", "Transfer practice on bay 2",
                    "You spotted Mrs Holroyd's new weakness and stopped straight away. That was exactly right."},
                    {"0", "2", "Stair practice",
                            "Thank you for getting Mr Sutcliffe up the stairs confidently before his discharge."},
                    {"4", "2", null, "Thanks for showing the new starters how we use the hoist safely."},
                    {"11", "13", "Kitchen practice",
                            "Your notes on the kettle tipper made the home visit much easier."}};
            for (int i = 0; i < notes.length; i++) {
                out.add("insert into thanks (id, organisation_id, from_staff_id, to_staff_id, about, message, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", Ids.newId(), org, staff[Integer.parseInt(notes[i][0])],
                        staff[Integer.parseInt(notes[i][1])], notes[i][2], notes[i][3], ts(today.minusDays(1 + i * 3)));
            }
        }

        /**
         * Six past months of anonymous pulse answers, never more per team than the team has people today (stroke ward
         * 8 with Nia, MSK outpatients 4 and community rehab 4 with Tom on rotation). Neither small team is ever shown
         * on its own (fewer than 5 answers), so the two are shown as "Other teams together". Three months ago only 4 of
         * them answered, so the stroke ward is hidden too (it would give those 4 away by subtraction from the whole
         * service); the month the stroke ward has 4 answers, only the whole service is shown.
         */
        void pulse(UUID org, UUID[] teams, long unitSeed) {
            int[][] answersPerMonth = {{5, 6, 4, 6, 5, 6}, {3, 2, 3, 1, 3, 2}, {4, 4, 3, 3, 3, 4}};
            Random r = new Random(spec.seed() * 17 + unitSeed);
            LocalDate thisMonth = today.withDayOfMonth(1);
            for (int t = 0; t < teams.length; t++) {
                for (int m = 6; m >= 1; m--) {
                    for (int a = 0; a < answersPerMonth[t][6 - m]; a++) {
                        // Feeling valued drifts upwards over the six months in the stroke team, as the service
                        // improves.
                        int base = t == 0 ? 2 + (6 - m) / 2 : 3;
                        out.add("insert into pulse_response (id, organisation_id, team_id, answer_month, feel_valued, would_recommend, "
                                + "thinking_of_leaving) values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), org, teams[t],
                                thisMonth.minusMonths(m), clamp(base + r.nextInt(3) - 1),
                                clamp(base + r.nextInt(3) - 1),
                                clamp(5 - base + r.nextInt(3) - 1));
                    }
                }
            }
        }

        int clamp(int score) {
            return Math.max(1, Math.min(5, score));
        }

        /**
         * The n-th stroke ward patient's bed: six beds to a bay, four bays to a ward (Ward 7, then Ward 8 for a
         * benchmark's larger units), so no two patients of a unit share a bed.
         */
        static String bedOf(int n) {
            return "Ward " + (7 + n / 24) + ", bay " + (1 + n % 24 / 6) + ", bed " + (1 + n % 6);
        }

        /** How the worker reaches the delegating registrant: the team's usual way, then the registrant's own mobile. */
        String contactOf(UUID delegator, int team) {
            String usual = switch (team) {
                case 0 -> "Bleep 4412 on the ward";
                case 1 -> "Outpatient gym, extension 2210";
                default -> "Community base, 01632 960100";
            };
            return usual + ", or mobile " + phones.get(delegator);
        }

        int registrantOfTeam(int team) {
            return switch (team) {
                case 0 -> 0;
                case 1 -> 8;
                default -> 11;
            };
        }

        int[] workersOfTeam(int team) {
            return switch (team) {
                case 0 -> new int[]{2, 3, 7};
                case 1 -> new int[]{9, 10};
                default -> new int[]{12, 13, 14};
            };
        }

        void patient(UUID org, UUID[] teams, UUID[] staff, Map<Integer, List<String>> inDate, int team, boolean named,
                int p) {
            patients++;
            UUID id = Ids.newId();
            String given = DemoNames.GIVEN[random.nextInt(DemoNames.GIVEN.length)];
            String family = DemoNames.FAMILY[random.nextInt(DemoNames.FAMILY.length)];
            LocalDate dob = today.minusYears(team == 1 ? 25 + random.nextInt(50) : 62 + random.nextInt(32))
                    .minusDays(random.nextInt(365));
            int town = random.nextInt(DemoNames.TOWNS.length);
            String address = (1 + random.nextInt(120)) + " "
                    + DemoNames.STREETS[random.nextInt(DemoNames.STREETS.length)]
                    + ", " + DemoNames.TOWNS[town];
            String postcode = DemoNames.POSTCODE_AREAS[town] + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9))
                    + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            out.add("insert into patient (id, organisation_id, nhs_number, given_name, family_name, search_name, date_of_birth, "
                    + "address, postcode, phone, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, org, nextNhsNumber(), given, family, (family + " " + given).toLowerCase(Locale.UK),
                    dob,
                    address, postcode, "01632 960" + String.format("%03d", random.nextInt(1000)),
                    // On the system before any episode opens (see below; the group classes' open 8 weeks ago).
                    ts(today.minusDays(Math.max(7, spec.sessionsPerDelegation()) + 53)), staff[registrantOfTeam(team)]);
            if (team != 1 && random.nextInt(3) == 0) {
                alert(org, id, staff[registrantOfTeam(team)], "FALLS_RISK",
                        "Two falls at home in the last 6 months; uses a frame indoors.");
            }
            if (team == 2 && random.nextInt(5) == 0) {
                alert(org, id, staff[registrantOfTeam(team)], "LONE_WORKING",
                        "Son at the address has been aggressive to visiting staff: visit in pairs.");
            }
            // Community patients are shared between the community physiotherapist and the OT (ot.demo).
            UUID lead = staff[team == 2 && p % 2 != 0 ? 1 : registrantOfTeam(team)];
            UUID episode = Ids.newId();
            String location = switch (team) {
                case 0 -> {
                    // The two draws once chose the bed (and put two patients in one); they stay so that every later
                    // patient keeps the name and dates the README and the tests know.
                    random.nextInt(4);
                    random.nextInt(6);
                    yield bedOf(p / TEAMS.length);
                }
                case 1 -> "Outpatient gym, Northgate Health Centre";
                default -> address + ", " + postcode;
            };
            out.add("insert into episode (id, organisation_id, patient_id, team_id, lead_therapist_id, referral_reason, "
                    + "condition_category, setting, location, status, opened_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)",
                    episode, org, id, teams[team], lead, REASONS[team][random.nextInt(REASONS[team].length)],
                    CATEGORY[team], TEAMS[team][1], location,
                    // Opened before its delegation starts (delegation(): up to 13 days before the sessions).
                    today.minusDays(Math.max(7, spec.sessionsPerDelegation()) + 15 + random.nextInt(30)));
            out.add("insert into care_relationship (organisation_id, patient_id, team_id, staff_id, source_id, active) "
                    + "values (?, ?, ?, null, ?, true)", org, id, teams[team], episode);
            List<UUID> goals = new ArrayList<>();
            for (String g : GOALS[team][random.nextInt(GOALS[team].length)]) {
                UUID goal = Ids.newId();
                goals.add(goal);
                out.add("insert into goal (id, organisation_id, episode_id, patient_id, description, target_date, status, "
                        + "created_at, created_by) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)",
                        goal, org, episode, id, g, today.plusWeeks(2 + random.nextInt(6)), ts(today.minusDays(9)),
                        lead);
            }
            String[][] programme = PROGRAMMES[team];
            for (int i = 0; i < programme.length; i++) {
                out.add("insert into programme_item (id, organisation_id, episode_id, position, activity, sets, repetitions, "
                        + "frequency, progression_limits, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Ids.newId(), org, episode, i + 1, programme[i][0], Integer.valueOf(programme[i][1]),
                        Integer.valueOf(programme[i][2]), programme[i][3], programme[i][4], ts(today.minusDays(9)),
                        lead);
            }
            int[] workers = workersOfTeam(team);
            int worker = workers[named && p < 42 ? (p / 3) % 2 : random.nextInt(workers.length)];
            String status = named ? namedStatus(p) : randomStatus();
            delegation(org, id, episode, lead, staff, worker, inDate.getOrDefault(worker, List.of()), status, goals,
                    named, p);
        }

        /** Whether the demo already has its one stopped before-session checklist. */
        boolean stoppedChecklistShown;

        String namedStatus(int p) {
            // The first patients of the demo unit give sw.demo and hca.demo a day with every state in it.
            return switch (p) {
                case 0, 3, 6, 9, 12, 15, 18, 21 -> "ACCEPTED";
                case 24, 39 -> "OFFERED";
                case 27 -> "DECLINED";
                case 30 -> "CANCELLED";
                case 33 -> "COMPLETED";
                default -> randomStatus();
            };
        }

        String randomStatus() {
            int r = random.nextInt(100);
            return r < 62 ? "ACCEPTED" : r < 72 ? "OFFERED" : r < 87 ? "COMPLETED" : r < 94 ? "DECLINED" : "CANCELLED";
        }

        void delegation(UUID org, UUID patient, UUID episode, UUID lead, UUID[] staff, int worker, List<String> held,
                String status, List<UUID> goals, boolean named, int p) {
            delegations++;
            String task = chooseTask(worker, held);
            UUID id = Ids.newId();
            LocalDate starts = today.minusDays(Math.max(7, spec.sessionsPerDelegation()) + random.nextInt(14));
            LocalDate ends = starts.plusWeeks(6);
            LocalDate review = status.equals("ACCEPTED") && (random.nextInt(6) == 0 || (named && p == 6))
                    ? today.minusDays(1)
                    : today.plusDays(3 + random.nextInt(14));
            boolean open = status.equals("OFFERED") || status.equals("ACCEPTED");
            int sessions = status.equals("ACCEPTED") || status.equals("COMPLETED") ? spec.sessionsPerDelegation() : 0;
            String frequency = sessions == 0 || random.nextInt(3) > 0 ? "DAILY" : "WEEKDAYS";
            LocalDate last = null;
            LocalDate week = null;
            int inWeek = 0;
            List<LocalDate> dates = new ArrayList<>();
            for (int i = sessions; i >= 1; i--) {
                LocalDate d = today.minusDays(i);
                if (d.isBefore(starts)) {
                    continue;
                }
                dates.add(d);
                LocalDate w = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                inWeek = w.equals(week) ? inWeek + 1 : 1;
                week = w;
                last = d;
            }
            UUID workerId = staff[worker];
            String[] text = TASK_TEXT.getOrDefault(task, TASK_TEXT.get("EXERCISE_PROGRAMME"));
            out.add("insert into delegation (id, organisation_id, patient_id, episode_id, task_type_code, delegator_id, "
                    + "delegator_registration, worker_id, instructions, frequency, time_of_day, starts_on, ends_on, "
                    + "escalation_criteria, patient_risks, consent, consent_note, supervision, contact_instructions, "
                    + "review_on, checks_confirmed_at, status, decline_reason, decline_note, responded_at, closed_at, "
                    + "close_note, last_session_on, sessions_count, week_of_last_session, sessions_that_week, created_at, version) "
                    + "values (?, ?, ?, ?, ?, ?, (select hcpc_number from staff_member where id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    id, org, patient, episode, task, lead, lead, workerId, text[0], frequency,
                    random.nextBoolean() ? "MORNING" : "AFTERNOON", starts, ends, text[1], text[2],
                    random.nextInt(10) == 0 ? "BEST_INTEREST" : "GIVEN",
                    null, random.nextBoolean() ? "INDIRECT" : "REMOTE",
                    contactOf(lead, Integer.parseInt(STAFF[worker][5])), review, ts(starts.minusDays(1)), status,
                    status.equals("DECLINED") ? "PATIENT_CHANGED" : null,
                    status.equals("DECLINED")
                            ? "Patient more drowsy today and not safe to stand; nursing staff aware."
                            : null,
                    status.equals("OFFERED") ? null : ts(starts),
                    status.equals("CANCELLED") || status.equals("COMPLETED") ? ts(today.minusDays(1)) : null,
                    status.equals("CANCELLED")
                            ? "Patient transferred to another hospital."
                            : status.equals("COMPLETED") ? "Goals met; discharged home." : null,
                    last, dates.size(), week, inWeek, ts(starts.minusDays(1)));
            if (named && STAFF[worker][0].equals("tom.ap") && status.equals("ACCEPTED")) {
                observationsBeforeEachSession(org, id, patient, lead, workerId);
            }
            if (open) {
                out.add("insert into care_relationship (organisation_id, patient_id, team_id, staff_id, source_id, active) "
                        + "values (?, ?, null, ?, ?, true)", org, patient, workerId, id);
            }
            int band = Integer.parseInt(STAFF[worker][4]);
            for (int i = 0; i < dates.size(); i++) {
                boolean lastOne = i == dates.size() - 1;
                boolean draft = lastOne && (named ? p == 3 : random.nextInt(8) == 0);
                boolean countersigned = band == 2 && !draft
                        && !(lastOne && (named ? p % 2 == 0 : random.nextInt(3) == 0));
                session(org, id, patient, workerId, band, lead, dates.get(i), draft, countersigned, goals, task,
                        named && p == 0 && i == 0, named && p == 3 && i == dates.size() - 2);
            }
        }

        /**
         * Before the session (issue 14): the community assistant practitioner's accepted tasks ask for heart rate,
         * blood
         * pressure and oxygen saturation before each visit; the first also shows yesterday's checklist that stopped
         * the visit (oxygen saturation below the limit), escalated to the therapist.
         */
        void observationsBeforeEachSession(UUID org, UUID delegation, UUID patient, UUID lead, UUID workerId) {
            Object[][] limits = {{"HEART_RATE", 50, 110}, {"SYSTOLIC", 90, 180}, {"DIASTOLIC", 50, 100},
                    {"OXYGEN_SATURATION", 92, null}};
            for (Object[] l : limits) {
                out.add("insert into delegation_observation_limit (delegation_id, organisation_id, observation, "
                        + "low_limit, high_limit) values (?, ?, ?, ?, ?)", delegation, org, l[0], l[1], l[2]);
            }
            if (stoppedChecklistShown) {
                return;
            }
            stoppedChecklistShown = true;
            UUID escalation = Ids.newId();
            OffsetDateTime at = today.minusDays(1).atTime(9, 40).atZone(Time.LONDON).toOffsetDateTime();
            String reason = "Oxygen saturation (SpO2) 89%: outside the limit set (92% or more)";
            out.add("insert into escalation (id, organisation_id, session_record_id, delegation_id, patient_id, raised_by, "
                    + "raised_to, concern, raised_at, status) values (?, ?, null, ?, ?, ?, ?, ?, ?, 'OPEN')",
                    escalation,
                    org, delegation, patient, workerId, lead,
                    "Session stopped at the before-session checklist: " + reason
                            + ". Please contact the support worker.",
                    at);
            out.add("insert into pre_session_check (id, organisation_id, delegation_id, patient_id, worker_id, "
                    + "checked_on, checked_at, consent_today, heart_rate, systolic, diastolic, oxygen_saturation, "
                    + "red_flags_yes, outcome, reasons, escalation_id) "
                    + "values (?, ?, ?, ?, ?, ?, ?, true, 96, 128, 74, 89, '', 'STOP', ?, ?)", Ids.newId(), org,
                    delegation, patient, workerId, today.minusDays(1), at, reason, escalation);
        }

        void session(UUID org, UUID delegation, UUID patient, UUID author, int band, UUID reviewer, LocalDate day,
                boolean draft, boolean countersigned, List<UUID> goals, String task, boolean amended,
                boolean escalate) {
            records++;
            UUID id = Ids.newId();
            OffsetDateTime at = day.atTime(10 + random.nextInt(6), random.nextInt(60)).atZone(Time.LONDON)
                    .toOffsetDateTime();
            int painBefore = random.nextInt(7);
            boolean measuresTug = task.equals("TUG_MEASUREMENT");
            out.add("insert into session_record (id, organisation_id, delegation_id, patient_id, author_id, author_band, "
                    + "reviewer_id, performed_on, recorded_at, patient_response, pain_before, pain_after, tug_seconds, "
                    + "chair_stand_count, note, status, requires_countersign, signed_at, version) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    id, org, delegation, patient, author, band, reviewer, day, at,
                    RESPONSES[random.nextInt(RESPONSES.length)], painBefore,
                    Math.max(0, painBefore - random.nextInt(3)),
                    measuresTug ? BigDecimal.valueOf(90 + random.nextInt(150), 1) : null,
                    task.equals("EXERCISE_PROGRAMME") ? 6 + random.nextInt(8) : null,
                    "Completed as prescribed. Patient keen to carry on.", draft ? "DRAFT" : "SIGNED", band == 2,
                    draft ? null : at.plusMinutes(5));
            out.add("insert into session_activity (session_record_id, position, activity, sets_done, repetitions_done) "
                    + "values (?, ?, ?, ?, ?)", id, 1, "Sit to stand from chair", 3, 8 + random.nextInt(4));
            out.add("insert into session_activity (session_record_id, position, activity, sets_done, repetitions_done) "
                    + "values (?, ?, ?, ?, ?)", id, 2, "Walking practice with frame", 2, null);
            if (!goals.isEmpty()) {
                out.add("insert into session_goal_progress (session_record_id, goal_id, progress, note) values (?, ?, ?, ?)",
                        id, goals.getFirst(), random.nextInt(4) == 0 ? "NO_CHANGE" : "PROGRESSING", null);
            }
            if (countersigned) {
                out.add("insert into session_countersignature (session_record_id, organisation_id, countersigned_by, "
                        + "countersigned_at, note) values (?, ?, ?, ?, ?)", id, org, reviewer, at.plusHours(3), null);
            }
            if (amended) {
                out.add("insert into session_amendment (id, organisation_id, session_record_id, author_id, created_at, reason, text) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", Ids.newId(), org, id, author, at.plusHours(1),
                        "Wrong number of repetitions recorded",
                        "Sit to stand was 3 sets of 6, not 3 sets of 8: patient tired on the third set.");
            }
            if (escalate) {
                out.add("insert into escalation (id, organisation_id, session_record_id, delegation_id, patient_id, raised_by, "
                        + "raised_to, concern, raised_at, status, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 0)",
                        Ids.newId(), org, id, delegation, patient, author, reviewer,
                        "Stopped the session: patient became short of breath and dizzy after 2 sit to stands. "
                                + "Sitting, settled after 5 minutes. Nurse informed. Please advise before next session.",
                        at.plusMinutes(2));
            }
        }

        String chooseTask(int worker, List<String> held) {
            boolean senior = !STAFF[worker][3].equals("SUPPORT_WORKER");
            List<String> options = new ArrayList<>();
            for (Map.Entry<String, String[]> e : TASKS.entrySet()) {
                if ((senior || !STAGE_OF_TASK.containsKey(e.getKey()))
                        && held.containsAll(Arrays.asList(e.getValue()))) {
                    options.add(e.getKey());
                }
            }
            options.sort(String::compareTo);
            return options.isEmpty() ? "EXERCISE_PROGRAMME" : options.get(random.nextInt(options.size()));
        }

        void alert(UUID org, UUID patient, UUID by, String kind, String note) {
            out.add("insert into patient_alert (id, organisation_id, patient_id, kind, note, raised_at, raised_by, active) "
                    + "values (?, ?, ?, ?, ?, ?, ?, true)", Ids.newId(), org, patient, kind, note,
                    ts(today.minusDays(20)), by);
        }

        String nextNhsNumber() {
            while (true) {
                // Only the 999 range is set aside for test data, about 900,000 valid numbers; a benchmark at a million
                // patients starts the range again. Numbers are unique within an organisation, and an organisation
                // holds far fewer patients than the range.
                if (nhsSequence > 999_999_999L) {
                    nhsSequence = 999_000_000L;
                }
                String nine = Long.toString(nhsSequence++);
                int check = NhsNumber.checkDigit(nine);
                if (check >= 0) {
                    return nine + check;
                }
            }
        }

        Timestamp ts(LocalDate day) {
            return Timestamp.from(day.atTime(9, 0).atZone(Time.LONDON).toInstant());
        }
    }

    private static final String[] CATEGORY = {"NEUROLOGICAL", "MUSCULOSKELETAL", "OTHER"};
    private static final String[][] REASONS = {
            {"Left hemiparesis after right MCA infarct; mobility and transfers",
                    "Right-sided weakness after stroke; standing balance",
                    "Stroke with neglect; safe transfers and sitting balance"},
            {"Total knee replacement 6 weeks ago; range and strength", "Chronic low back pain; graded activity",
                    "Rotator cuff repair; shoulder rehabilitation"},
            {"Deconditioned after hospital stay; falls at home", "Parkinson's disease; falls and transfers at home",
                    "Discharged after hip fracture; kitchen and stairs at home"}};
    private static final String[][][] GOALS = {
            {{"Walk to the toilet with a frame and one person", "Transfer bed to chair with one person"},
                    {"Stand for 2 minutes to wash at the sink"}},
            {{"Climb the stairs at home without pain", "Return to walking the dog for 30 minutes"},
                    {"Reach the top kitchen shelf", "Sleep through the night without shoulder pain"}},
            {{"Make a hot drink and carry it to the lounge safely", "Get in and out of bed independently"},
                    {"Walk to the corner shop with a stick", "No falls in the next 8 weeks"}}};
    private static final String[][][] PROGRAMMES = {
            {{"Sit to stand from chair", "3", "8", "twice a day", "Up to 3 sets of 12; stop if dizzy"},
                    {"Standing weight shift at the sink", "2", "10", "twice a day", "May reduce hand support"}},
            {{"Straight leg raise", "3", "10", "three times a day", "Add a 1 kg ankle weight when 3 x 10 is easy"},
                    {"Step-ups on the bottom stair", "3", "10", "once a day",
                            "Increase to 2 steps if pain below 3/10"}},
            {{"Sit to stand from a kitchen chair", "3", "8", "twice a day", "Up to 3 sets of 12"},
                    {"Heel raises holding the worktop", "2", "10", "twice a day", "May move to one hand support"}}};
    private static final Map<String, String[]> TASK_TEXT = Map.of(
            "EXERCISE_PROGRAMME",
            new String[]{
                    "Deliver the exercise programme as written on the programme sheet. Check the patient has their glasses and footwear.",
                    "Stop and contact me if chest pain, new dizziness, shortness of breath at rest, or pain above 6/10.",
                    "Falls risk: stay within arm's reach when standing."},
            "TRANSFER_PRACTICE", new String[]{"Practise bed to chair transfers with one person and the frame, 3 times.",
                    "Stop if the patient cannot take weight through the legs or becomes drowsy; call me.",
                    "Left side weaker; guard on the left."},
            "WALKING_AID",
            new String[]{"Check the frame height (wrist crease) and practise walking to the bathroom and back.",
                    "Stop if the patient leans heavily to one side or becomes breathless; call me.", "Falls risk."},
            "STAIR_PRACTICE",
            new String[]{
                    "Stair practice on the therapy stairs: up with the good leg, down with the bad, rail on the right.",
                    "Stop at once if the knee gives way or pain exceeds 6/10; call me before trying again.",
                    "High falls risk on stairs: guard from below going up and from below coming down."},
            "TUG_MEASUREMENT",
            new String[]{"Measure the Timed Up and Go with the usual frame, standard chair, 3 metres.",
                    "Do not test if the patient has had a fall since last seen; tell me.", "Uses a wheeled frame."},
            "WASH_DRESS", new String[]{"Washing and dressing practice at the sink, seated, upper body first.",
                    "Stop if the patient becomes distressed or unsafe sitting; call me.",
                    "Poor sitting balance when tired."},
            "KITCHEN_PRACTICE",
            new String[]{"Kitchen practice: make a hot drink using the kettle tipper and carry it with the trolley.",
                    "Stop if unsteady at the worktop or if the patient is confused about the steps; call me.",
                    "Lone working in the home: follow the lone-working procedure."},
            "DISCHARGE_CALL",
            new String[]{
                    "Phone the patient 48 hours after discharge: check falls, equipment and how they are managing.",
                    "Escalate the same day if any fall, new confusion, or equipment not delivered.",
                    "Hard of hearing: speak slowly."},
            "EQUIPMENT_TEACHING",
            new String[]{"Teach the patient and carer to use the raised toilet seat and perching stool.",
                    "Stop if the equipment does not fit or is damaged; call me.", "None known."});
    private static final String[] RESPONSES = {"Tolerated well; a little tired at the end.",
            "Managed all exercises, keen to do more.",
            "Needed two rests; said the knee felt stiff.", "Good session; walked further than last time.",
            "Reluctant at first, engaged once warmed up."};
}
