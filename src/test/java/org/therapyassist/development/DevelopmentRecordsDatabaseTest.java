package org.therapyassist.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Stage;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;
import org.therapyassist.training.EvidenceFile;
import org.therapyassist.training.EvidenceFiles;
import org.therapyassist.training.Training;
import org.therapyassist.training.TrainingCompliance;
import org.therapyassist.training.TrainingRules;

@IntegrationTest
class DevelopmentRecordsDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Training training;
    @Autowired
    TrainingCompliance compliance;
    @Autowired
    EvidenceFiles evidence;
    @Autowired
    DevelopmentPlans plans;
    @Autowired
    LearningTime learning;
    @Autowired
    Thanks thanks;
    @Autowired
    JdbcClient jdbc;

    static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("file", name, "application/pdf", ("%PDF-1.4\n" + name + "\n%%EOF").getBytes());
    }

    long evidenceCount() {
        return jdbc.sql("select count(*) from evidence_file").query(Long.class).single();
    }

    long auditEvents(String action, UUID entityId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and entity_id = ?").params(action, entityId)
                .query(Long.class).single();
    }

    @Test
    void aRenewalIsANewRecordAndTheEarlierOneStaysUnchanged() {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser chloe = fixtures.user("chloe.sw");
        var first = training.record(lead, chloe.staffId(), new Training.NewRecord("FIRE_SAFETY",
                fixtures.today().minusMonths(11), null, "Trust training team", null));
        assertThat(first.expiresOn()).isEqualTo(fixtures.today().minusMonths(11).plusMonths(12));
        var renewal = training.record(chloe, chloe.staffId(),
                new Training.NewRecord("FIRE_SAFETY", fixtures.today(), null,
                        "e-learning for healthcare", null),
                pdf("fire-safety.pdf"));

        var records = training.recordsOf(chloe, chloe.staffId(), PageRequest.first(PageRequest.MAX_SIZE)).items();
        assertThat(records).extracting(Training.Record::id).contains(first.id(), renewal.id());
        assertThat(records).filteredOn(r -> r.id().equals(first.id())).singleElement()
                .satisfies(r -> assertThat(r.expiresOn()).isEqualTo(first.expiresOn()));
        assertThat(renewal.evidenceName()).isEqualTo("fire-safety.pdf");
        assertThat(compliance.of(chloe, chloe.staffId()).courses())
                .filteredOn(c -> c.courseCode().equals("FIRE_SAFETY"))
                .singleElement().satisfies(c -> {
                    assertThat(c.status()).isEqualTo(TrainingRules.Status.IN_DATE);
                    assertThat(c.expiresOn()).isEqualTo(fixtures.today().plusMonths(12));
                });
    }

    @Test
    void ownTrainingWithoutACertificateIsRefused() {
        CurrentUser aisha = fixtures.user("aisha.sw");
        assertThatThrownBy(() -> training.record(aisha, aisha.staffId(),
                new Training.NewRecord("PREVENT", fixtures.today(),
                        null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("file"));
    }

    @Test
    void aSupportWorkerCannotRecordTrainingForAColleague() {
        CurrentUser aisha = fixtures.user("aisha.sw");
        CurrentUser ben = fixtures.user("ben.ssw");
        assertThatThrownBy(
                () -> training.record(aisha, ben.staffId(), new Training.NewRecord("PREVENT", fixtures.today(),
                        null, null, null), pdf("prevent.pdf")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aBadFileStoresNothingNotEvenTheTrainingRecord() {
        CurrentUser hca = fixtures.user("hca.demo");
        long files = evidenceCount();
        long records = training.recordsOf(hca, hca.staffId(), PageRequest.first(PageRequest.MAX_SIZE)).items().size();
        var png = new MockMultipartFile("file", "certificate.pdf", "application/pdf",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
        assertThatThrownBy(() -> training.record(hca, hca.staffId(), new Training.NewRecord("BASIC_LIFE_SUPPORT",
                fixtures.today(), null, null, null), png))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("file"));
        var empty = new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]);
        assertThatThrownBy(() -> evidence.store(hca, hca.staffId(), empty)).isInstanceOf(InvalidInputException.class);
        var tooBig = new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[5 * 1024 * 1024 + 1]);
        assertThatThrownBy(() -> evidence.store(hca, hca.staffId(), tooBig))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("file")).contains("5 MB"));
        assertThat(evidenceCount()).isEqualTo(files);
        assertThat(training.recordsOf(hca, hca.staffId(), PageRequest.first(PageRequest.MAX_SIZE)).items())
                .hasSize((int) records);
    }

    @Test
    void evidenceFromAnotherStaffRecordIsNotServedToAColleague() {
        CurrentUser chloe = fixtures.user("chloe.sw");
        CurrentUser ravi = fixtures.user("ravi.ssw");
        EvidenceFile file = evidence.store(chloe, chloe.staffId(), pdf("bls.pdf"));

        assertThatThrownBy(() -> evidence.open(ravi, file.id())).isInstanceOf(NotAllowedException.class);
        assertThat(auditEvents("workforce.view-evidence-refused", file.id())).isEqualTo(1);
        assertThat(auditEvents("workforce.view-evidence", file.id())).isZero();
    }

    @Test
    void everyViewOfEvidenceIsAudited() {
        CurrentUser chloe = fixtures.user("chloe.sw");
        EvidenceFile file = evidence.store(chloe, chloe.staffId(), pdf("ipc.pdf"));
        var opened = evidence.open(chloe, file.id());
        evidence.open(fixtures.user("daniel.pt"), file.id());
        evidence.open(fixtures.user("lead.demo"), file.id());

        assertThat(new String(opened.content())).contains("ipc.pdf");
        assertThat(opened.file().contentType()).isEqualTo("application/pdf");
        assertThat(auditEvents("workforce.view-evidence", file.id())).isEqualTo(3);
        assertThat(auditEvents("workforce.upload-evidence", file.id())).isEqualTo(1);
    }

    @Test
    void twoPeopleEditingOneObjectiveNeverOverwriteEachOther() {
        CurrentUser megan = fixtures.user("megan.ap");
        CurrentUser pt = fixtures.user("pt.demo");
        var objective = plans.addObjective(megan, megan.staffId(), new DevelopmentPlans.NewObjective("3.06", null,
                "Be signed off for hoist transfers", "Shadow two", fixtures.today().plusMonths(3), null));
        plans.change(pt, objective.id(),
                new DevelopmentPlans.Change(DevelopmentPlans.Status.IN_PROGRESS, null, objective.version()));
        assertThatThrownBy(() -> plans.change(megan, objective.id(),
                new DevelopmentPlans.Change(null, "Shadow three", objective.version())))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("pdp.changed-meanwhile"));
        assertThat(plans.require(megan, objective.id()).status()).isEqualTo(DevelopmentPlans.Status.IN_PROGRESS);
        assertThat(plans.require(megan, objective.id()).actions()).isEqualTo("Shadow two");
    }

    @Test
    void aSupervisorReviewCanBringInAThankYouButNotSomeoneElses() {
        CurrentUser grace = fixtures.user("grace.pt");
        CurrentUser tom = fixtures.user("tom.ap");
        CurrentUser ben = fixtures.user("ben.ssw");
        var objective = plans.addObjective(tom, tom.staffId(),
                new DevelopmentPlans.NewObjective(null, Stage.SUPPORT_WORKER_LEAD,
                        "Lead the support team induction", null, fixtures.today().plusMonths(6), null));
        var note = thanks.give(grace, tom.staffId(), "Induction",
                "Thanks for running the new starters' induction so well.");
        var other = thanks.give(grace, ben.staffId(), null, "Thanks for covering the ward.");

        assertThatThrownBy(() -> plans.review(tom, objective.id(),
                new DevelopmentPlans.NewReview(fixtures.today(), "Self", null, null)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> plans.review(grace, objective.id(),
                new DevelopmentPlans.NewReview(fixtures.today(), "Good",
                        null, other.id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("thanksId"));
        var review = plans.review(grace, objective.id(),
                new DevelopmentPlans.NewReview(fixtures.today(), "Great progress",
                        fixtures.today().plusMonths(6), note.id()));
        assertThat(review.thanksMessage()).contains("induction");
        assertThat(plans.require(tom, objective.id()).reviewDate()).isEqualTo(fixtures.today().plusMonths(6));
    }

    @Test
    void cancelledProtectedTimeIsKeptWithItsReason() {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser hca = fixtures.user("hca.demo");
        assertThatThrownBy(() -> learning.agree(hca, hca.staffId(), new BigDecimal("20"), null))
                .isInstanceOf(NotAllowedException.class);
        var session = learning.book(hca, hca.staffId(),
                new LearningTime.NewSession(fixtures.today(), new BigDecimal("2.5"),
                        "Dementia awareness e-learning"));
        assertThatThrownBy(() -> learning.cancel(lead, session.id(), " ")).isInstanceOf(InvalidInputException.class);
        learning.cancel(lead, session.id(), "Ward short-staffed");
        assertThatThrownBy(() -> learning.markTaken(hca, session.id())).isInstanceOf(ConflictException.class);
        var overview = learning.overview(lead, hca.staffId());
        assertThat(overview.sessions()).filteredOn(s -> s.id().equals(session.id())).singleElement()
                .satisfies(s -> assertThat(s.cancelReason()).isEqualTo("Ward short-staffed"));
        assertThat(overview.months().getFirst().cancelledSessions()).isPositive();
        assertThat(overview.months()).hasSize(6);
    }

    @Test
    void everyDemoMemberOfStaffHasTrainingWithSomeGaps() {
        CurrentUser lead = fixtures.user("lead.demo");
        var team = compliance.ofTeam(lead, lead.teamId());
        assertThat(team.people()).isPositive();
        assertThat(team.courses()).hasSize(10);
        assertThat(team.withGaps()).isNotEmpty();
        // Staff written by the demo loader (other tests add their own people without training).
        List<String> demo = List.of("pt.demo", "ot.demo", "sw.demo", "hca.demo", "lead.demo", "fiona.ot", "megan.ap",
                "daniel.pt", "chloe.sw", "ravi.ssw", "grace.pt", "tom.ap", "aisha.sw", "ben.ssw", "joanne.swl",
                "nia.hca");
        assertThat(jdbc.sql("select count(*) from staff_member where username in (:demo)").param("demo", demo)
                .query(Long.class).single()).isEqualTo(demo.size());
        long withoutTraining = jdbc
                .sql("select count(*) from staff_member s where s.username in (:demo) and not exists "
                        + "(select 1 from training_record r where r.staff_id = s.id)")
                .param("demo", demo).query(Long.class).single();
        assertThat(withoutTraining).isZero();
        assertThatThrownBy(() -> compliance.ofTeam(fixtures.user("hca.demo"), lead.teamId()))
                .isInstanceOf(NotAllowedException.class);
    }
}
