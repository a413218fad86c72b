package org.therapyassist.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.competence.SignOffMethod;
import org.therapyassist.competence.SignOffs;
import org.therapyassist.development.Supervision;
import org.therapyassist.induction.Rotations;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;
import org.therapyassist.training.Training;

/**
 * Reminders close themselves when what they ask for is done, never come twice for one subject, and a lead clears a
 * group of them at once (issue 11, point 8). Each test makes its own support worker in the lead's team.
 */
@IntegrationTest
class RemindersDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reminders reminders;
    @Autowired
    SignOffs signOffs;
    @Autowired
    Supervision supervision;
    @Autowired
    Training training;
    @Autowired
    Rotations rotations;
    @Autowired
    MockMvc mvc;

    CurrentUser lead() {
        return fixtures.user("lead.demo");
    }

    /** A band 2 support worker in lead.demo's team, supervised last week so only what the test adds is due. */
    UUID worker(String given, boolean supervised) {
        CurrentUser lead = lead();
        UUID id = UUID.randomUUID();
        jdbc.sql(
                "insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, family_name, "
                        + "job_role, band, enabled) values (?, ?, ?, ?, 'x', ?, 'Reminded', 'SUPPORT_WORKER', 2, true)")
                .params(id, lead.organisationId(), lead.teamId(), "rem." + id, given).update();
        if (supervised) {
            jdbc.sql(
                    "insert into supervision_session (id, organisation_id, staff_id, supervisor_id, held_on, kind, discussed, "
                            + "wellbeing, next_due_on, recorded_at) values (?, ?, ?, ?, ?, 'CLINICAL', 'Caseload', 'GOOD', ?, ?)")
                    .params(UUID.randomUUID(), lead.organisationId(), id, lead.staffId(),
                            fixtures.today().minusWeeks(1),
                            fixtures.today().plusWeeks(5), Time.db(Instant.now()))
                    .update();
        }
        return id;
    }

    UUID signOffExpiringIn(UUID staff, String code, int days) {
        CurrentUser pt = fixtures.user("pt.demo");
        UUID id = UUID.randomUUID();
        jdbc.sql(
                "insert into competency_signoff (id, organisation_id, staff_id, competency_code, assessor_id, signed_on, "
                        + "expires_on, evidence, recorded_at, method) values (?, ?, ?, ?, ?, ?, ?, 'Observed', ?, 'OBSERVED')")
                .params(id, pt.organisationId(), staff, code, pt.staffId(), fixtures.today().minusMonths(23),
                        fixtures.today().plusDays(days), Time.db(Instant.now()))
                .update();
        return id;
    }

    record Row(UUID id, UUID recipient, String kind, Instant dismissedAt, Instant closedAt, String closedReason,
            UUID closedBy) {
    }

    List<Row> rowsAbout(String subject) {
        return jdbc
                .sql("select id, recipient_id, kind, dismissed_at, closed_at, closed_reason, closed_by from reminder "
                        + "where subject_ref = ? order by recipient_id")
                .param(subject)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        Time.instant(rs.getObject(4, OffsetDateTime.class)),
                        Time.instant(rs.getObject(5, OffsetDateTime.class)), rs.getString(6),
                        rs.getObject(7, UUID.class)))
                .list();
    }

    String messageTo(UUID recipient, UUID signOff) {
        return jdbc.sql("select message from reminder where recipient_id = ? and subject_ref = ?")
                .params(recipient, "signoff:" + signOff).query(String.class).single();
    }

    List<Reminders.Reminder> open(CurrentUser user) {
        return reminders.openFor(user.organisationId(), user.staffId(), null, PageRequest.first(PageRequest.MAX_SIZE))
                .items();
    }

    @Test
    void aReminderClosesItselfWhenTheCompetencyIsSignedOff() {
        UUID worker = worker("Cora", true);
        UUID signOff = signOffExpiringIn(worker, "3.01", 20);
        reminders.writeFor(fixtures.today());
        List<Row> before = rowsAbout("signoff:" + signOff);
        assertThat(before).extracting(Row::recipient).contains(worker, lead().staffId());
        assertThat(before).allSatisfy(r -> assertThat(r.closedAt()).isNull());
        // Each reads it addressed to them: the worker's own sign-off, and the lead's about the worker by name.
        assertThat(messageTo(worker, signOff)).startsWith("Your sign-off for competency 3.01 ");
        assertThat(messageTo(lead().staffId(), signOff)).startsWith("Cora ")
                .contains("'s sign-off for competency 3.01 ")
                .doesNotContain("Your");

        CurrentUser pt = fixtures.user("pt.demo");
        signOffs.signOff(pt, worker, new SignOffs.NewSignOff("3.01", fixtures.today(), SignOffMethod.OBSERVED,
                "Observed on the ward", null));

        // Closed as the sign-off commits (on its event), for the worker and the lead, with who and why kept.
        assertThat(rowsAbout("signoff:" + signOff)).hasSize(before.size()).allSatisfy(r -> {
            assertThat(r.closedAt()).isNotNull();
            assertThat(r.closedReason()).startsWith("Signed off again on");
            assertThat(r.closedBy()).isEqualTo(pt.staffId());
        });
        assertThat(open(lead())).noneMatch(r -> r.subjectRef().equals("signoff:" + signOff));
        // The next daily run neither reopens it nor raises another about the same competency.
        reminders.writeFor(fixtures.today());
        assertThat(rowsAbout("signoff:" + signOff)).allSatisfy(r -> assertThat(r.closedAt()).isNotNull());
        assertThat(open(lead())).noneMatch(r -> r.aboutStaffId().equals(worker) && r.kind().startsWith("COMPETENCY"));
    }

    @Test
    void aReminderClosureIsNotLostBetweenTheSignOffAndTheRemindersModule() {
        UUID worker = worker("Esme", true);
        signOffExpiringIn(worker, "3.01", 20);
        long before = jdbc.sql("select count(*) from event_publication where event_type like '%SignOffRecorded'")
                .query(Long.class).single();

        signOffs.signOff(fixtures.user("pt.demo"), worker, new SignOffs.NewSignOff("3.01", fixtures.today(),
                SignOffMethod.OBSERVED, "Observed on the ward", null));

        // The event publication registry kept the event with the sign-off's transaction and marked it done once the
        // reminders module had closed the reminders: had the application stopped in between, it would be published
        // again on restart.
        List<Boolean> completed = jdbc.sql("select completion_date is not null from event_publication "
                + "where event_type like '%SignOffRecorded' order by publication_date desc")
                .query(Boolean.class).list();
        assertThat(completed).hasSize((int) before + 1);
        assertThat(completed.getFirst()).isTrue();
    }

    @Test
    void aReminderClosesItselfWhenSupervisionIsRecorded() {
        UUID worker = worker("Nell", false);
        reminders.writeFor(fixtures.today());
        assertThat(open(lead())).anySatisfy(r -> {
            assertThat(r.aboutStaffId()).isEqualTo(worker);
            assertThat(r.kind()).isEqualTo("SUPERVISION_OVERDUE");
        });
        CurrentUser pt = fixtures.user("pt.demo");
        supervision.record(pt, worker, new Supervision.NewSession(fixtures.today(), Supervision.Kind.CLINICAL,
                "Caseload and wellbeing", null, Supervision.Wellbeing.GOOD, null));

        assertThat(open(lead()))
                .noneMatch(r -> r.aboutStaffId().equals(worker) && r.group() == ReminderGroup.SUPERVISION);
        assertThat(rowsAbout("supervision:" + worker + ":never")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.closedReason()).startsWith("Supervision recorded on"));
        reminders.writeFor(fixtures.today());
        assertThat(open(lead()))
                .noneMatch(r -> r.aboutStaffId().equals(worker) && r.group() == ReminderGroup.SUPERVISION);
    }

    @Test
    void aReminderClosesItselfWhenTrainingIsRenewed() {
        UUID worker = worker("Ada", true);
        CurrentUser lead = lead();
        UUID old = UUID.randomUUID();
        jdbc.sql("insert into training_record (id, organisation_id, staff_id, course_code, completed_on, expires_on, "
                + "recorded_by, recorded_at) select ?, ?, ?, code, ?, ?, ?, ? from training_course "
                + "where mandatory = true order by position limit 1")
                .params(old, lead.organisationId(), worker, fixtures.today().minusYears(1).minusDays(1),
                        fixtures.today().minusDays(1), lead.staffId(), Time.db(Instant.now()))
                .update();
        String course = jdbc.sql("select course_code from training_record where id = ?").param(old).query(String.class)
                .single();
        reminders.writeFor(fixtures.today());
        assertThat(rowsAbout("training:" + old)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.kind()).isEqualTo("TRAINING_EXPIRED"));

        training.record(lead, worker, new Training.NewRecord(course, fixtures.today(), null, "Trust L&D", null));

        assertThat(rowsAbout("training:" + old)).allSatisfy(r -> {
            assertThat(r.closedAt()).isNotNull();
            assertThat(r.closedReason()).startsWith("Training renewed on");
        });
    }

    @Test
    void anExpiringSignOffThatExpiresKeepsOneReminderAndShowsItAgain() {
        UUID worker = worker("Iris", true);
        UUID signOff = signOffExpiringIn(worker, "3.05", 10);
        String subject = "signoff:" + signOff;
        reminders.writeFor(fixtures.today());
        Row expiring = rowsAbout(subject).stream().filter(r -> r.recipient().equals(worker)).findFirst().orElseThrow();
        assertThat(expiring.kind()).isEqualTo("COMPETENCY_EXPIRING");
        reminders.dismiss(fixtures.user("rem." + worker), expiring.id());

        reminders.writeFor(fixtures.today().plusDays(15));

        // One reminder per person and subject: the same row now says expired, and shows again.
        List<Row> rows = rowsAbout(subject);
        assertThat(rows).extracting(Row::recipient).doesNotHaveDuplicates();
        Row expired = rows.stream().filter(r -> r.recipient().equals(worker)).findFirst().orElseThrow();
        assertThat(expired.id()).isEqualTo(expiring.id());
        assertThat(expired.kind()).isEqualTo("COMPETENCY_EXPIRED");
        assertThat(expired.dismissedAt()).isNull();
    }

    @Test
    void theDailyJobClosesRemindersThatAreNoLongerDue() {
        UUID worker = worker("Esme", true);
        UUID signOff = signOffExpiringIn(worker, "3.09", 30);
        reminders.writeFor(fixtures.today());
        // Renewed without going through the sign-off service (an import, say): the next run notices.
        jdbc.sql("update competency_signoff set expires_on = ? where id = ?")
                .params(fixtures.today().plusMonths(20), signOff)
                .update();
        reminders.writeFor(fixtures.today());
        assertThat(rowsAbout("signoff:" + signOff)).isNotEmpty().allSatisfy(r -> {
            assertThat(r.closedAt()).isNotNull();
            assertThat(r.closedReason()).startsWith("No longer due");
            assertThat(r.closedBy()).isNull();
        });
    }

    @Test
    void aLeadClearsAGroupOfRemindersTogether() throws Exception {
        CurrentUser lead = lead();
        for (String name : List.of("Bea", "Cal", "Dot")) {
            signOffExpiringIn(worker(name, true), "3.01", 25);
        }
        reminders.writeFor(fixtures.today());
        Reminders.Summary summary = reminders.summaryFor(lead.organisationId(), lead.staffId());
        Reminders.Group competencies = summary.groups().stream().filter(g -> g.group() == ReminderGroup.COMPETENCY)
                .findFirst().orElseThrow();
        assertThat(competencies.count()).isGreaterThanOrEqualTo(3);
        assertThat(competencies.first()).hasSizeLessThanOrEqualTo(Reminders.SHOWN_PER_GROUP);
        assertThat(competencies.headline()).contains("competency sign-offs expiring or expired");

        // One more is raised after the lead looked: "Dismiss all" leaves it.
        UUID late = signOffExpiringIn(worker("Eve", true), "3.01", 25);
        Thread.sleep(5);
        reminders.writeFor(fixtures.today());

        mvc.perform(post("/reminders/dismiss-all").with(user(fixtures.principal("lead.demo"))).with(csrf())
                .with(fixtures.formToken("lead.demo"))
                .param("group", "COMPETENCY").param("raisedUpTo", competencies.raisedUpTo().toString())
                .param("back", "inbox"))
                .andExpect(status().is3xxRedirection());

        assertThat(open(lead).stream().filter(r -> r.group() == ReminderGroup.COMPETENCY))
                .extracting(Reminders.Reminder::subjectRef).containsExactly("signoff:" + late);
        // Other groups are untouched.
        summary.groups().stream().filter(g -> g.group() != ReminderGroup.COMPETENCY).forEach(
                g -> assertThat(open(lead).stream().filter(r -> r.group() == g.group()).count()).isEqualTo(g.count()));
    }

    @Test
    void aWorkerClearsAllTheirRemindersThroughTheApi() throws Exception {
        UUID worker = worker("Fay", false);
        signOffExpiringIn(worker, "3.01", 25);
        reminders.writeFor(fixtures.today());
        String username = "rem." + worker;
        jdbc.sql(
                "update staff_member set password_hash = (select password_hash from staff_member where username = 'hca.demo') "
                        + "where id = ?")
                .param(worker).update();
        String groups = mvc.perform(get("/api/v1/reminders/mine/groups").with(httpBasic(username, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups.length()").value(2))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.groups[0].headline").exists())
                .andReturn().getResponse().getContentAsString();
        String seen = JsonPath.read(groups, "$.raisedUpTo");
        mvc.perform(post("/api/v1/reminders/dismissals").with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("raisedUpTo"));
        mvc.perform(post("/api/v1/reminders/dismissals").with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"raisedUpTo\": \"" + seen + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dismissed").value(2));
        mvc.perform(get("/api/v1/reminders/mine").with(httpBasic(username, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aWorkerWhoMovesTeamIsNoLongerOnTheOldLeadsReminders() {
        UUID worker = worker("Gil", false);
        reminders.writeFor(fixtures.today());
        assertThat(open(lead())).anyMatch(r -> r.aboutStaffId().equals(worker));
        UUID otherTeam = jdbc.sql("select id from team where organisation_id = ? and id <> ? order by name limit 1")
                .params(lead().organisationId(), lead().teamId()).query(UUID.class).single();
        jdbc.sql("update staff_member set team_id = ? where id = ?").params(otherTeam, worker).update();
        reminders.writeFor(fixtures.today());
        assertThat(open(lead())).noneMatch(r -> r.aboutStaffId().equals(worker));
        assertThat(open(fixtures.user("rem." + worker))).isNotEmpty();
    }
}
