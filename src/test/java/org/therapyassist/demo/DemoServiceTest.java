package org.therapyassist.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.therapyassist.platform.AccountDirectory;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.referrals.Referral;
import org.therapyassist.referrals.Referrals;
import org.therapyassist.support.TestDatabase;

/**
 * The demo service agrees with itself and with the README. It has a database of its own, written once and left
 * alone: the shared test context's demo is changed by the other tests as they go. (Not tagged "database": the
 * generator is the same on PostgreSQL, and this context always uses its own H2 database.)
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo-service;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestDatabase.class)
class DemoServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Referrals referrals;

    @Test
    void noTwoPatientsOnTheWardShareABed() {
        List<String> shared = jdbc.sql("select location from episode where status = 'OPEN' and setting = 'WARD' "
                + "group by organisation_id, location having count(*) > 1").query(String.class).list();
        assertThat(shared).as("beds with two patients").isEmpty();
        assertThat(jdbc.sql("select count(*) from episode where status = 'OPEN' and setting = 'WARD' "
                + "and location like 'Ward %, bay %, bed %'").query(Long.class).single()).isPositive();
    }

    @Test
    void aClassNamedAfterAWeekdayRunsOnThatWeekday() {
        var classes = jdbc.sql("select id, name, day_of_week from group_class").query((rs, n) -> new Object[]{
                rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)}).list();
        assertThat(classes).isNotEmpty();
        for (Object[] c : classes) {
            DayOfWeek day = DayOfWeek.of((Integer) c[2]);
            for (DayOfWeek named : DayOfWeek.values()) {
                if (((String) c[1]).toLowerCase(Locale.UK)
                        .contains(named.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.UK))) {
                    assertThat(day).as("the day of %s", c[1]).isEqualTo(named);
                }
            }
            List<LocalDate> sessions = jdbc.sql("select session_date from group_session where class_id = ?")
                    .param(c[0]).query(LocalDate.class).list();
            assertThat(sessions).as("sessions of %s", c[1])
                    .allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(day));
        }
        // The README's class: today's session waits for its register.
        assertThat(jdbc.sql("select count(*) from group_session s join group_class c on c.id = s.class_id "
                + "where c.name like '% strength and balance' and s.session_date = ? and s.status = 'SCHEDULED'")
                .param(today()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void noClassHasMorePeopleThanPlaces() {
        assertThat(jdbc.sql("select name from group_class c where enrolled_count > capacity or capacity < (select "
                + "count(*) from group_enrolment e where e.class_id = c.id and e.status = 'ENROLLED')")
                .query(String.class).list()).isEmpty();
    }

    @Test
    void nothingOnARecordComesBeforeItsEpisodeOpened() {
        assertThat(jdbc.sql("select count(*) from delegation d join episode e on e.id = d.episode_id "
                + "where d.starts_on < e.opened_on").query(Long.class).single()).as("delegations").isZero();
        assertThat(jdbc.sql("select count(*) from measure_result m join episode e on e.id = m.episode_id "
                + "where m.effective_on < e.opened_on").query(Long.class).single()).as("measures").isZero();
        assertThat(jdbc.sql("select count(*) from group_attendance a join group_session s on s.id = a.session_id "
                + "join group_enrolment g on g.id = a.enrolment_id join episode e on e.id = g.episode_id "
                + "where s.session_date < e.opened_on").query(Long.class).single()).as("class attendances").isZero();
        assertThat(jdbc.sql("select count(*) from equipment_loan l join episode e on e.patient_id = l.patient_id "
                + "where cast(l.issued_at as date) < e.opened_on").query(Long.class).single()).as("loans").isZero();
        assertThat(jdbc.sql("select count(*) from episode e join patient p on p.id = e.patient_id "
                + "where cast(p.created_at as date) > e.opened_on").query(Long.class).single())
                .as("patients added after their episode opened").isZero();
        assertThat(jdbc.sql("select count(*) from goal g join episode e on e.id = g.episode_id "
                + "where cast(g.created_at as date) < e.opened_on").query(Long.class).single()).as("goals").isZero();
    }

    @Test
    void whatHasHappenedIsInThePast() {
        LocalDate today = today();
        OffsetDateTime now = OffsetDateTime.now(clock);
        assertThat(jdbc.sql("select count(*) from session_record where performed_on > ? or signed_at > ?")
                .params(today, now).query(Long.class).single()).as("session records").isZero();
        assertThat(jdbc.sql("select count(*) from measure_result where effective_on > ?").param(today)
                .query(Long.class).single()).as("measures").isZero();
        assertThat(jdbc.sql("select count(*) from group_record where signed_at > ?").param(now).query(Long.class)
                .single()).as("signed registers").isZero();
        assertThat(jdbc.sql("select count(*) from group_session s join group_class c on c.id = s.class_id "
                + "where s.created_at < c.created_at or s.created_at > ?").param(now).query(Long.class).single())
                .as("sessions scheduled before their class was set up, or in the future").isZero();
        assertThat(jdbc.sql("select count(*) from group_session where status = 'RECORDED' and session_date > ?")
                .param(today).query(Long.class).single()).as("recorded sessions").isZero();
        assertThat(jdbc.sql("select count(*) from competency_signoff where signed_on > ?").param(today)
                .query(Long.class).single()).as("sign-offs").isZero();
        assertThat(jdbc.sql("select count(*) from supervision_session where held_on > ?").param(today)
                .query(Long.class).single()).as("supervision").isZero();
        assertThat(jdbc.sql("select count(*) from equipment_movement where happened_at > ?").param(now)
                .query(Long.class).single()).as("stock movements").isZero();
    }

    @Test
    void rotationsArePlannedAndHandedOverInThePast() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        assertThat(jdbc.sql("select count(*) from rotation where created_at > ?").param(now).query(Long.class)
                .single()).as("rotations planned").isZero();
        assertThat(jdbc.sql("select count(*) from rotation_handover_item where ticked_at > ?").param(now)
                .query(Long.class).single()).as("handover items ticked").isZero();
    }

    @Test
    void aNewStarterHasNoHistoryFromBeforeSheStarted() {
        String starter = "from induction_plan i where i.staff_id = x.staff_id";
        assertThat(jdbc.sql("select count(*) from training_record x where completed_on < (select i.starts_on "
                + starter + ")").query(Long.class).single()).as("training").isZero();
        assertThat(jdbc.sql("select count(*) from pdp_objective x where cast(created_at as date) < (select "
                + "i.starts_on " + starter + ")").query(Long.class).single()).as("PDP objectives").isZero();
        assertThat(jdbc.sql("select count(*) from pdp_review x where reviewed_on < (select i.starts_on " + starter
                + ")").query(Long.class).single()).as("PDP reviews").isZero();
        assertThat(jdbc.sql("select count(*) from learning_session x where session_on < (select i.starts_on "
                + starter + ")").query(Long.class).single()).as("learning time").isZero();
        assertThat(jdbc.sql("select count(*) from qualification x where exists (select 1 " + starter
                + ") and (kind = 'CARE_CERTIFICATE' and status = 'ACHIEVED' or achieved_on < (select i.starts_on "
                + starter + "))").query(Long.class).single()).as("qualifications").isZero();
    }

    @Test
    void noStockBalanceWasEverBelowNought() {
        var moves = jdbc.sql("select store_id, item_code, bin, quantity from equipment_movement "
                + "order by happened_at, id").query(
                        (rs, n) -> new Object[]{rs.getObject(1, UUID.class),
                                rs.getString(2), rs.getString(3), rs.getInt(4)})
                .list();
        Map<String, Integer> running = new HashMap<>();
        List<String> negative = new ArrayList<>();
        for (Object[] m : moves) {
            String key = m[0] + " " + m[1] + " " + m[2];
            int balance = running.merge(key, (Integer) m[3], Integer::sum);
            if (balance < 0) {
                negative.add(key + " " + balance);
            }
        }
        assertThat(negative).isEmpty();
    }

    @Test
    void thePulseNeverCountsMorePeopleThanATeamHas() {
        var tooMany = jdbc.sql("select t.name, r.answer_month, count(*) from pulse_response r join team t on t.id = "
                + "r.team_id group by t.id, t.name, r.answer_month having count(*) > (select count(*) from staff_member s "
                + "where s.team_id = t.id and s.enabled)")
                .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2, LocalDate.class) + ": " + rs.getInt(3))
                .list();
        assertThat(tooMany).isEmpty();
    }

    @Test
    void aDelegationNamesHowToReachItsOwnDelegator() {
        assertThat(jdbc.sql("select count(*) from delegation d join staff_member s on s.id = d.delegator_id "
                + "where d.contact_instructions not like '%' || s.phone || '%'").query(Long.class).single()).isZero();
    }

    @Test
    void theDemoLoginsAreWhoTheReadmeSaysTheyAre() throws IOException {
        Pattern row = Pattern.compile("^\\| `([a-z.]+)` \\| ([^|]+) \\|", Pattern.MULTILINE);
        Matcher m = row.matcher(readme());
        int rows = 0;
        while (m.find()) {
            rows++;
            String username = m.group(1);
            String who = m.group(2).strip();
            var staff = jdbc.sql("select s.given_name || ' ' || s.family_name, s.job_role, s.band, t.name "
                    + "from staff_member s left join team t on t.id = s.team_id where s.username = ?").param(username)
                    .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)})
                    .single();
            String[] parts = who.split(", ");
            assertThat(parts[0]).as("%s's name", username).isEqualTo(staff[0]);
            String role = staff[1].toLowerCase(Locale.UK).replace('_', ' ');
            assertThat(parts[1].replaceAll(" \\(.*\\)", "")).as("%s's role", username).isIn(role,
                    "system " + role);
            Matcher band = Pattern.compile("band (\\d)").matcher(who);
            if (band.find()) {
                assertThat(band.group(1)).as("%s's band", username).isEqualTo(staff[2]);
            }
            for (String team : List.of("stroke ward", "MSK outpatients", "community rehab")) {
                if (who.contains(team)) {
                    assertThat(staff[3]).as("%s's team", username).isEqualToIgnoringCase(team);
                }
            }
        }
        assertThat(rows).as("demo logins in the README").isGreaterThanOrEqualTo(11);
    }

    @Test
    void theReferralQueuesHoldWhatTheReadmeSays() throws IOException {
        assertThat(readme()).contains("Referrals: four waiting for the stroke ward (`ot.demo` sees two more for "
                + "community rehab), urgent first, one overdue");
        List<Referral> ward = queueOf("pt.demo");
        assertThat(ward).hasSize(4);
        assertThat(ward.getFirst().urgency().name()).isEqualTo("URGENT");
        assertThat(ward).filteredOn(Referral::overdue).hasSize(1);
        assertThat(queueOf("ot.demo")).hasSize(2);
    }

    @Test
    void theOtherCountsInTheReadmeAreTheDemos() throws IOException {
        String readme = readme();
        assertThat(readme).contains("Two loans are overdue for return", "pick from 64 exercises",
                "the 59 competency statements in eight domains", "a new starter six weeks into her induction",
                "shows six months of measures");
        assertThat(jdbc.sql("select count(*) from equipment_loan where status = 'ON_LOAN' and expected_return_on < ?")
                .param(today()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from exercise").query(Long.class).single()).isEqualTo(64);
        assertThat(jdbc.sql("select count(*), count(distinct framework_domain) from competency")
                .query((rs, n) -> rs.getInt(1) + " in " + rs.getInt(2)).single()).isEqualTo("59 in 8");
        assertThat(jdbc.sql("select p.starts_on from induction_plan p join staff_member s on s.id = p.staff_id "
                + "where s.username = 'nia.hca'").query(LocalDate.class).single()).isEqualTo(today().minusWeeks(6));
        assertThat(jdbc.sql("select min(m.effective_on) from measure_result m join episode e on e.id = m.episode_id "
                + "join staff_member s on s.id = e.lead_therapist_id where s.username = 'pt.demo'")
                .query(LocalDate.class).single()).isEqualTo(today().minusMonths(6));
    }

    private List<Referral> queueOf(String username) {
        CurrentUser user = accounts.findByUsername(username).orElseThrow().user();
        return referrals.queue(user, user.teamId(), PageRequest.first(25)).items();
    }

    private LocalDate today() {
        return Time.today(clock);
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }
}
