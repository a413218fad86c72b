package org.therapyassist.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Commands;
import org.therapyassist.careplans.Episode;
import org.therapyassist.careplans.GoalScaling;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.equipment.EquipmentTestData;
import org.therapyassist.equipment.Loans;
import org.therapyassist.equipment.StockLedger;
import org.therapyassist.exercises.PdfText;
import org.therapyassist.outcomes.MeasureResults;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.sessions.GoalProgress;
import org.therapyassist.sessions.NewSessionRecord;
import org.therapyassist.sessions.SessionRecords;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class DischargeDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Discharges discharges;
    @Autowired
    CarePlans carePlans;
    @Autowired
    Loans loans;
    @Autowired
    StockLedger ledger;
    @Autowired
    DelegationDesk desk;
    @Autowired
    SessionRecords records;
    @Autowired
    JdbcClient jdbc;

    Loans.Loan lend(CurrentUser by, UUID patientId, String item) {
        UUID store = EquipmentTestData.store(jdbc, by, "Discharge test store " + UUID.randomUUID());
        ledger.receive(by, store, item, 2, null);
        return loans.issue(by, new Loans.NewLoan(patientId, store, item, null, 1, null, "Shown how to use it safely",
                null, null, null));
    }

    void session(CurrentUser worker, UUID delegationId, UUID goalId, String tug, int stands, int pain,
            GoalProgress progress) {
        var r = records.record(worker,
                new NewSessionRecord(delegationId, fixtures.today(), List.of(), "Worked hard", pain, pain,
                        new BigDecimal(tug), stands, List.of(new NewSessionRecord.GoalUpdate(goalId, progress, null)),
                        null, null));
        records.sign(worker, r.id());
    }

    DischargeCommands.NewDiscussion withDaughter() {
        return new DischargeCommands.NewDiscussion(DiscussionKind.PATIENT_FAMILY, fixtures.today(),
                "Patient and her daughter",
                "Home on Friday; daughter to stay the first weekend");
    }

    @Test
    void aDischargeWithEquipmentAtHomeIsSignedOnlyOnceEachItemHasAPlanAndSigningClosesTheEpisode() throws Exception {
        // H42 with the database, and the whole discharge: measures first vs last, the letter, the episode closed.
        CurrentUser pt = fixtures.user("pt.demo");
        // The sessions carry TUG and chair-stand values: a worker with 3.07 in date records them.
        CurrentUser hca = fixtures.newSupportWorker(2, "3.01", "3.07");
        Episode episode = fixtures.patientWithEpisode(pt);
        UUID goal = episode.goals().getFirst().id();
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        desk.accept(hca, d.id());
        session(hca, d.id(), goal, "18.4", 6, 6, GoalProgress.PROGRESSING);
        session(hca, d.id(), goal, "12.1", 9, 3, GoalProgress.ACHIEVED);
        Loans.Loan frame = lend(pt, episode.patientId(), "WALKING_FRAME");
        Loans.Loan stool = lend(pt, episode.patientId(), "PERCHING_STOOL");

        DischargeSummary draft = discharges.start(pt, episode.id());
        assertThat(discharges.start(pt, episode.id()).id()).isEqualTo(draft.id());
        assertThat(draft.equipment()).extracting(DischargeSummary.EquipmentLine::loanId)
                .containsExactlyInAnyOrder(frame.id(), stool.id());
        assertThat(draft.outcomes().goals()).singleElement()
                .satisfies(g -> assertThat(g.result()).isEqualTo("Achieved"));
        assertThat(draft.outcomes().measures()).anySatisfy(m -> {
            assertThat(m.label()).startsWith("Timed Up and Go");
            // The session values became measure results (outcomes module), read with their unit and interpretation.
            assertThat(m.first()).startsWith("18.4");
            assertThat(m.last()).startsWith("12.1");
            assertThat(m.result()).startsWith("Improved by 6.3");
        });
        discharges.update(pt, draft.id(),
                new DischargeCommands.Details("Keep walking to the shop daily with the frame.",
                        "Phone review in 2 weeks by the community team.", "Dr R Patel, Northgate Surgery", null));
        discharges.addDiscussion(pt, draft.id(), withDaughter());
        discharges.addDiscussion(pt, draft.id(),
                new DischargeCommands.NewDiscussion(DiscussionKind.MDT, fixtures.today(),
                        "Ward MDT: consultant, nurse in charge, OT", "Medically fit; package of care restarts Friday"));
        discharges.planEquipment(pt, draft.id(),
                new DischargeCommands.PlanItem(frame.id(), EquipmentPlan.LEAVE_WITH_PATIENT, null));

        assertThatThrownBy(() -> discharges.sign(pt, draft.id(), null))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("discharge.equipment-without-plan");
                    assertThat(e.getMessage()).contains("Perching stool");
                });
        assertThat(carePlans.require(pt.organisationId(), episode.id()).isOpen()).isTrue();
        assertThatThrownBy(() -> discharges.planEquipment(pt, draft.id(),
                new DischargeCommands.PlanItem(stool.id(), EquipmentPlan.TRANSFER, " ")))
                .isInstanceOf(InvalidInputException.class);
        DischargeSummary planned = discharges.planEquipment(pt, draft.id(),
                new DischargeCommands.PlanItem(stool.id(), EquipmentPlan.COLLECT, "Collect on Monday"));

        assertThat(planned.openDelegations()).singleElement().asString().contains(hca.displayName());
        assertThatThrownBy(() -> discharges.sign(pt, draft.id(), null))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("discharge.delegations-open"));
        desk.cancel(pt, d.id(), "Discharged from therapy");
        DischargeSummary signed = discharges.sign(pt, draft.id(), planned.version());
        assertThat(signed.signed()).isTrue();
        assertThat(signed.signedByName()).isEqualTo("Priya Raman");
        Episode closed = carePlans.require(pt.organisationId(), episode.id());
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.closedOn()).isEqualTo(fixtures.today());
        assertThat(jdbc.sql("select count(*) from care_relationship where source_id = ? and active = true")
                .param(episode.id())
                .query(Long.class).single()).isZero();

        byte[] pdf = discharges.letter(pt, draft.id(), Languages.ENGLISH);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Discharge letter", "Dr R Patel, Northgate Surgery", "Walk to the toilet",
                    "Achieved", "Timed Up and Go", "18.4", "12.1", "Improved by 6.3", "Walking frame",
                    "Leave with the patient", "Perching stool", "Collect from the patient's home",
                    "Keep walking to the shop daily",
                    "Phone review in 2 weeks", "Home on Friday", "Signed by Priya Raman");
        }
        // The same letter for a patient who reads Welsh: the letter's words, the plans and the dates in Welsh.
        String welsh = PdfText.of(discharges.letter(pt, draft.id(), Languages.WELSH));
        assertThat(welsh).contains("Llythyr rhyddhau", "Dr R Patel, Northgate Surgery", "Gadael gyda'r claf",
                "Casglu o gartref y claf", "Llofnodwyd gan Priya Raman", "Cyngor a roddwyd", "Walk to the toilet")
                .doesNotContain("Discharge letter", "Leave with the patient", "Signed by");
    }

    @Test
    void aSignedSummaryCannotBeChangedOnlyAmendedAndItsOutcomesStayAsSigned() {
        // H43
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DischargeSummary draft = discharges.start(pt, episode.id());
        assertThatThrownBy(() -> discharges.letter(pt, draft.id(), Languages.ENGLISH))
                .isInstanceOf(ConflictException.class);
        discharges.update(pt, draft.id(), new DischargeCommands.Details("Advice", "No follow-up needed", null, null));
        assertThatThrownBy(() -> discharges.sign(pt, draft.id(), null)).isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("discussions"));
        discharges.addDiscussion(pt, draft.id(), withDaughter());
        DischargeSummary signed = discharges.sign(pt, draft.id(), null);
        assertThat(signed.outcomes().goals()).extracting(ClinicalOutcomes.Line::label)
                .containsExactly("Walk to the toilet");

        assertThatThrownBy(() -> discharges.update(pt, draft.id(),
                new DischargeCommands.Details("Changed", "Changed", null, null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("discharge.signed"));
        assertThatThrownBy(() -> discharges.addDiscussion(pt, draft.id(), withDaughter()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> discharges.sign(pt, draft.id(), null)).isInstanceOf(ConflictException.class);
        // A goal added to the record afterwards (directly, as a later module might) does not appear in the signed
        // summary.
        jdbc.sql(
                "insert into goal (id, organisation_id, episode_id, patient_id, description, target_date, status, created_at, created_by) "
                        + "select ?, organisation_id, episode_id, patient_id, 'Late goal', target_date, 'ACTIVE', created_at, created_by "
                        + "from goal where episode_id = ?")
                .params(UUID.randomUUID(), episode.id()).update();
        DischargeSummary amended = discharges.amend(pt, draft.id(),
                new DischargeCommands.NewAmendment("Wrong GP practice",
                        "GP is Dr Shah at Riverside Surgery"));
        assertThat(amended.adviceGiven()).isEqualTo("Advice");
        assertThat(amended.outcomes().goals()).extracting(ClinicalOutcomes.Line::label)
                .containsExactly("Walk to the toilet");
        assertThat(amended.amendments()).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("Wrong GP practice"));
    }

    @Autowired
    GoalScaling scaling;
    @Autowired
    MeasureResults measures;

    @Test
    void theSummaryShowsGoalAttainmentLevelsTheTScoreAndEachMeasureFirstVersusLast() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        UUID goal = scaling.addGoal(pt, episode.id(), new Commands.AddGoal(
                "Walk to the post box with a stick", fixtures.today().plusWeeks(6)),
                new GoalScaling.Levels(
                        1, "Cannot walk outside", "Walks to the gate", "Walks to the post box with a stick",
                        "Walks to the shop with a stick",
                        "Walks to the shop without a stick", -1));
        scaling.review(pt, goal,
                new GoalScaling.Review(fixtures.today(), 1, "Walked to the shop"));
        measures.record(pt, episode.patientId(),
                new MeasureResults.NewResult("WALK_6MIN", episode.id(),
                        null, fixtures.today().minusDays(30), List.of(new BigDecimal("180")), null, null, null));
        measures.record(pt, episode.patientId(),
                new MeasureResults.NewResult("WALK_6MIN", episode.id(),
                        null, fixtures.today(), List.of(new BigDecimal("260")), null, null, null));

        DischargeSummary draft = discharges.start(pt, episode.id());
        assertThat(draft.outcomes().goals()).anySatisfy(g -> {
            assertThat(g.label()).isEqualTo("Walk to the post box with a stick");
            assertThat(g.first()).contains("−1").doesNotContain("+1");
            assertThat(g.last()).contains("+1");
            assertThat(g.result()).isEqualTo("Better than expected: Walks to the shop with a stick");
        });
        assertThat(draft.outcomes().goals()).anySatisfy(g -> {
            assertThat(g.label()).startsWith("Goal Attainment Scaling T-score");
            assertThat(g.last()).isEqualTo("60.0");
        });
        assertThat(draft.outcomes().measures()).anySatisfy(m -> {
            assertThat(m.label()).startsWith("6-minute walk test");
            assertThat(m.first()).isEqualTo("180 m");
            assertThat(m.last()).isEqualTo("260 m");
            assertThat(m.result()).startsWith("Improved by 80 m");
        });
    }

    @Test
    void aSupportWorkerCannotWriteADischargeSummary() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        assertThatThrownBy(() -> discharges.start(fixtures.user("sw.demo"), episode.id()))
                .isInstanceOf(NotAllowedException.class);
    }
}
