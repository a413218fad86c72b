package org.therapyassist.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Time;
import org.therapyassist.reminders.ReminderGroup;
import org.therapyassist.reminders.Reminders;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class DevelopmentDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Development development;
    @Autowired
    TrainingNeeds trainingNeeds;
    @Autowired
    SignOffs signOffs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reminders reminders;

    @Test
    void theCatalogueCoversAllEightDomainsWithFortyToSixtyStatements() {
        var catalogue = development.catalogue();
        assertThat(catalogue).hasSizeBetween(40, 60);
        assertThat(catalogue).extracting(Statement::domain).containsOnly(1, 2, 3, 4, 5, 6, 7, 8)
                .contains(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(catalogue).extracting(Statement::expectedFrom)
                .contains(Stage.SUPPORT_WORKER, Stage.SENIOR_SUPPORT_WORKER, Stage.ASSISTANT_PRACTITIONER);
    }

    @Test
    void aSelfAssessmentIsKeptAsHistoryAndTheLatestShowsOnTheProfile() {
        CurrentUser chloe = fixtures.user("chloe.sw");
        development.selfAssess(chloe, chloe.staffId(), "3.17",
                new Development.NewSelfAssessment(Development.Rating.NOT_YET,
                        null, null, null));
        development.selfAssess(chloe, chloe.staffId(), "3.17",
                new Development.NewSelfAssessment(Development.Rating.DEVELOPING,
                        Development.EvidenceKind.OBSERVED_PRACTICE,
                        "Observed by Daniel on 10 Nov: active cycle of breathing", null));
        assertThat(
                development.historyOf(chloe, chloe.staffId(), "3.17", PageRequest.first(PageRequest.MAX_SIZE)).items())
                .extracting(Development.SelfAssessment::rating)
                .containsExactly(Development.Rating.DEVELOPING, Development.Rating.NOT_YET);
        var line = development.profileOf(chloe, chloe.staffId()).lines().stream()
                .filter(l -> l.statement().code().equals("3.17")).findFirst().orElseThrow();
        assertThat(line.latestSelfAssessment().rating()).isEqualTo(Development.Rating.DEVELOPING);
        assertThat(line.expected()).isFalse();
    }

    @Test
    void nobodyCanRateSomeoneElsesCompetenceForThem() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hannah = fixtures.user("hca.demo");
        assertThatThrownBy(() -> development.selfAssess(pt, hannah.staffId(), "3.16",
                new Development.NewSelfAssessment(Development.Rating.CONFIDENT, null, null, null)))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aColleagueAtTheSameLevelCannotReadAnotherSupportWorkersDevelopmentRecord() {
        CurrentUser chloe = fixtures.user("chloe.sw");
        CurrentUser hannah = fixtures.user("hca.demo");
        assertThatThrownBy(() -> development.profileOf(chloe, hannah.staffId()))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> trainingNeeds.grid(chloe, null)).isInstanceOf(NotAllowedException.class);
        assertThat(development.profileOf(fixtures.user("pt.demo"), hannah.staffId()).person().id())
                .isEqualTo(hannah.staffId());
    }

    @Test
    void evidenceClaimedWithoutContentIsRefusedAndNothingIsStored() {
        CurrentUser hannah = fixtures.user("hca.demo");
        int before = development.historyOf(hannah, hannah.staffId(), "8.04", PageRequest.first(PageRequest.MAX_SIZE))
                .items().size();
        assertThatThrownBy(() -> development.selfAssess(hannah, hannah.staffId(), "8.04",
                new Development.NewSelfAssessment(null, Development.EvidenceKind.NOTE, " ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("rating", "evidenceNote"));
        assertThat(development.historyOf(hannah, hannah.staffId(), "8.04", PageRequest.first(PageRequest.MAX_SIZE))
                .items()).hasSize(before);
    }

    @Test
    void aSignOffMovesTheStatementFromMissingToHeldInTheGapAnalysis() {
        CurrentUser grace = fixtures.user("grace.pt");
        CurrentUser aisha = fixtures.user("aisha.sw");
        // 6.05 is expected of every support worker; clear any demo sign-off so the test starts from a gap.
        jdbc.sql("delete from competency_signoff where staff_id = ? and competency_code in ('6.05', '7.01')")
                .param(aisha.staffId()).update();
        assertThat(statusOf(grace, aisha.staffId(), "6.05")).isEqualTo(GapStatus.MISSING);

        signOffs.signOff(grace, aisha.staffId(),
                new SignOffs.NewSignOff("6.05", fixtures.today(), SignOffMethod.DISCUSSION,
                        "Raised the bay 3 manual handling concern at the team meeting", null));
        assertThat(statusOf(grace, aisha.staffId(), "6.05")).isEqualTo(GapStatus.HELD);

        signOffs.signOff(grace, aisha.staffId(),
                new SignOffs.NewSignOff("7.01", fixtures.today(), SignOffMethod.DISCUSSION,
                        null, fixtures.today().plusDays(1)));
        var grid = trainingNeeds.grid(grace, null);
        assertThat(grid.expiringNext()).anySatisfy(e -> {
            assertThat(e.staffId()).isEqualTo(aisha.staffId());
            assertThat(e.competencyCode()).isEqualTo("7.01");
        });
    }

    @Test
    void theGridAgreesWithTheSignOffsCountedDirectly() {
        CurrentUser lead = fixtures.user("lead.demo");
        LocalDate today = fixtures.today();
        var grid = trainingNeeds.grid(lead, null);
        long heldInDate = jdbc
                .sql("select count(*) from (select so.staff_id, so.competency_code from competency_signoff so "
                        + "join staff_member s on s.id = so.staff_id and s.job_role in ('SUPPORT_WORKER', 'SENIOR_SUPPORT_WORKER', "
                        + "'ASSISTANT_PRACTITIONER', 'SUPPORT_WORKER_LEAD') and s.enabled = true "
                        + "where so.organisation_id = ? and so.revoked_at is null and so.signed_on <= ? and so.expires_on >= ? "
                        + "group by so.staff_id, so.competency_code) x")
                .params(lead.organisationId(), today, today).query(Long.class).single();
        assertThat(grid.total(GapStatus.HELD) + grid.total(GapStatus.EXPIRING)).isEqualTo(heldInDate);
        assertThat(grid.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(grid.statements().size()));
        assertThat(grid.domains()).hasSize(8);
        assertThat(grid.total(GapStatus.MISSING)).isPositive();
        assertThat(grid.total(GapStatus.EXPIRED)).isPositive();
    }

    @Test
    void lapsedMandatoryTrainingReachesThePersonAndTheirLeadAsAReminder() {
        // Their own worker: the demo's lapsed training may be renewed by another test (and its reminder then closes).
        CurrentUser lead = fixtures.user("lead.demo");
        UUID worker = UUID.randomUUID();
        jdbc.sql(
                "insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, family_name, "
                        + "job_role, band, enabled) values (?, ?, ?, ?, 'x', 'Lapsed', 'Trainee', 'SUPPORT_WORKER', 2, true)")
                .params(worker, lead.organisationId(), lead.teamId(), "lapsed." + worker).update();
        jdbc.sql("insert into training_record (id, organisation_id, staff_id, course_code, completed_on, expires_on, "
                + "recorded_by, recorded_at) select ?, ?, ?, code, ?, ?, ?, ? from training_course "
                + "where mandatory = true order by position limit 1")
                .params(UUID.randomUUID(), lead.organisationId(), worker, fixtures.today().minusYears(1).minusDays(3),
                        fixtures.today().minusDays(3), lead.staffId(),
                        Time.db(Instant.now()))
                .update();
        reminders.writeFor(fixtures.today());
        assertThat(open(fixtures.user("lapsed." + worker)))
                .anySatisfy(r -> assertThat(r.kind()).isIn("TRAINING_EXPIRED", "TRAINING_EXPIRING"));
        assertThat(reminders.openFor(lead.organisationId(), lead.staffId(), ReminderGroup.TRAINING,
                PageRequest.first(PageRequest.MAX_SIZE)).items())
                .anySatisfy(r -> {
                    assertThat(r.kind()).startsWith("TRAINING_");
                    assertThat(r.aboutStaffId()).isEqualTo(worker);
                });
    }

    private GapStatus statusOf(CurrentUser viewer, UUID staffId, String code) {
        return development.profileOf(viewer, staffId).lines().stream().filter(l -> l.statement().code().equals(code))
                .findFirst().orElseThrow().status();
    }

    private List<Reminders.Reminder> open(CurrentUser user) {
        return reminders.openFor(user.organisationId(), user.staffId(), null, PageRequest.first(PageRequest.MAX_SIZE))
                .items();
    }
}
