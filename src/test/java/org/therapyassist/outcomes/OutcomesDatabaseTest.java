package org.therapyassist.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.therapyassist.outcomes.MeasureScoring.values;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Commands;
import org.therapyassist.careplans.Episode;
import org.therapyassist.careplans.GoalScaling;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.outcomes.MeasureScoring.Context;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.record.PatientRecordView;
import org.therapyassist.sessions.Escalation;
import org.therapyassist.sessions.Escalations;
import org.therapyassist.sessions.NewSessionRecord;
import org.therapyassist.sessions.SessionRecords;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class OutcomesDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    MeasureResults results;
    @Autowired
    MeasureCatalogue catalogue;
    @Autowired
    StopCriteria stopCriteria;
    @Autowired
    DelegationDesk desk;
    @Autowired
    SessionRecords sessions;
    @Autowired
    Escalations escalations;
    @Autowired
    GoalScaling goals;
    @Autowired
    PatientRecordView record;
    @Autowired
    JdbcClient jdbc;

    private static List<BigDecimal> berg(int... v) {
        return Arrays.stream(v).mapToObj(BigDecimal::valueOf).toList();
    }

    private MeasureResults.NewResult bergResult(Episode e, List<BigDecimal> items) {
        return new MeasureResults.NewResult("BERG", e.id(), null, fixtures.today(), items, null, null, null);
    }

    @Test
    void h31StoredScoreAlwaysEqualsTheScoreWorkedOutFromTheStoredItems() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode e = fixtures.patientWithEpisode(pt);
        MeasureResult saved = results.record(pt, e.patientId(),
                bergResult(e, berg(3, 4, 4, 3, 3, 2, 3, 2, 2, 3, 2, 2, 1, 1)));
        assertThat(saved.score()).isEqualByComparingTo("35");
        assertThat(saved.interpretation()).startsWith("Medium risk");
        results.record(pt, e.patientId(), new MeasureResults.NewResult("WALK_10M", null, null, fixtures.today(),
                values(14.2), null, null, null));
        results.record(pt, e.patientId(), new MeasureResults.NewResult("PSFS", null, null, fixtures.today(),
                values(3, 5, null, 7, null), List.of("Stairs", "Getting out of the bath", "", "Walking to the bus", ""),
                null, null));

        // Every stored result, re-scored from its stored items, gives the stored score.
        for (MeasureResult r : results.forPatient(pt.organisationId(), e.patientId())) {
            Measure m = catalogue.require(pt.organisationId(), r.measureKey());
            List<BigDecimal> items = m.items().stream().map(i -> r.items().stream().filter(c -> c.key().equals(i.key()))
                    .findFirst().map(MeasureResult.Component::value).orElse(null)).toList();
            assertThat(MeasureScoring.score(m, items, Context.NONE).value()).as(r.measureName())
                    .isEqualByComparingTo(r.score());
        }
        assertThat(results.forPatient(pt.organisationId(), e.patientId())).extracting(MeasureResult::measureKey)
                .containsExactly("BERG", "WALK_10M", "PSFS");
    }

    @Test
    void h32AnOutOfRangeItemIsRefusedWithAFieldErrorAndNothingIsSaved() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode e = fixtures.patientWithEpisode(pt);
        assertThatThrownBy(
                () -> results.record(pt, e.patientId(), bergResult(e, berg(3, 4, 4, 3, 3, 2, 3, 2, 2, 3, 2, 2, 1, 7))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        ex -> assertThat(ex.fieldErrors()).containsEntry("items[13]",
                                "Standing on one leg must be between 0 and 4"));
        assertThatThrownBy(() -> results.record(pt, e.patientId(), new MeasureResults.NewResult("PSFS", null, null,
                fixtures.today(), values(4), List.of(""), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        ex -> assertThat(ex.fieldErrors()).containsKey("itemLabels[0]"));
        assertThatThrownBy(() -> results.record(pt, e.patientId(), new MeasureResults.NewResult("BERG", null, null,
                fixtures.today().plusDays(1), berg(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        ex -> assertThat(ex.fieldErrors()).containsKey("effectiveOn"));
        assertThat(jdbc.sql("select count(*) from measure_result where patient_id = ?").param(e.patientId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void h33APainRiseInASupportWorkersSessionRecordEscalatesToTheDelegatorAndBecomesMeasureResults() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.newSupportWorker(2, "3.01", "3.07"); // her TUG and chair stands count
        Episode e = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(e.patientId(), e.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        desk.accept(hca, d.id());
        assertThatThrownBy(() -> stopCriteria.set(hca, d.id(), new StopCriteria.SetRules(2, null, null)))
                .isInstanceOf(NotAllowedException.class);
        stopCriteria.set(pt, d.id(), new StopCriteria.SetRules(2, new BigDecimal("15.0"), null));

        sessions.record(hca, new NewSessionRecord(d.id(), fixtures.today(), List.of(), "Tired today", 3, 6,
                new BigDecimal("13.5"), null, List.of(), null, null));

        List<Escalation> open = escalations
                .openFor(pt.organisationId(), pt.staffId(), PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(x -> x.delegationId().equals(d.id())).toList();
        assertThat(open).hasSize(1);
        assertThat(open.getFirst().concern()).contains("pain rose from 3 to 6").doesNotContain("Timed Up and Go");
        // The session's values are measure results with the session as their source, not typed in twice.
        List<MeasureResult> kept = results.forPatient(pt.organisationId(), e.patientId());
        assertThat(kept).extracting(MeasureResult::measureKey).containsExactlyInAnyOrder("PAIN_NRS", "PAIN_NRS", "TUG");
        assertThat(kept).allSatisfy(r -> {
            assertThat(r.sessionRecordId()).isNotNull();
            assertThat(r.bySupportWorker()).isTrue();
        });
        // ...and they appear in the delegator's view.
        assertThat(results.fromDelegatedWork(pt, 30, PageRequest.first(PageRequest.MAX_SIZE)).items())
                .extracting(MeasureResult::patientId).contains(e.patientId());
        // ...and in no other registrant's: the result keeps who delegated the work.
        assertThat(results.fromDelegatedWork(fixtures.user("lead.demo"), 30, PageRequest.first(PageRequest.MAX_SIZE))
                .items())
                .extracting(MeasureResult::patientId).doesNotContain(e.patientId());
    }

    @Test
    void h33ASlowTugRecordedByTheWorkerOnItsOwnEscalatesButARegistrantsDoesNot() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.newSupportWorker(2, "3.01", "3.07"); // her TUG and chair stands count
        Episode e = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(e.patientId(), e.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        desk.accept(hca, d.id());
        stopCriteria.set(pt, d.id(), new StopCriteria.SetRules(null, new BigDecimal("15"), null));
        assertThat(stopCriteria.current(pt.organisationId(), d.id()).tugSlowerThan()).isEqualByComparingTo("15.0");

        results.record(pt, e.patientId(),
                new MeasureResults.NewResult("TUG", null, d.id(), fixtures.today(), values(18.0),
                        null, null, null));
        assertThat(escalations.forPatient(pt.organisationId(), e.patientId())).isEmpty();

        results.record(hca, e.patientId(),
                new MeasureResults.NewResult("TUG", null, d.id(), fixtures.today(), values(14.9),
                        null, null, null));
        assertThat(escalations.forPatient(pt.organisationId(), e.patientId())).isEmpty();
        results.record(hca, e.patientId(),
                new MeasureResults.NewResult("TUG", null, d.id(), fixtures.today(), values(16.2),
                        null, null, null));
        assertThat(escalations.forPatient(pt.organisationId(), e.patientId())).singleElement()
                .satisfies(x -> assertThat(x.concern()).contains("Timed Up and Go took 16.2 seconds"));
    }

    @Test
    void h34ACorrectionIsANewResultThatKeepsTheOriginalAndCanOnlyHappenOnce() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode e = fixtures.patientWithEpisode(pt);
        MeasureResult first = results.record(pt, e.patientId(),
                bergResult(e, berg(3, 4, 4, 3, 3, 2, 3, 2, 2, 3, 2, 2, 1, 1)));
        MeasureResult corrected = results.correct(pt, first.id(), "Item 14 was scored 1 but the patient managed 2",
                bergResult(e, berg(3, 4, 4, 3, 3, 2, 3, 2, 2, 3, 2, 2, 1, 2)));
        assertThat(corrected.replacesId()).isEqualTo(first.id());
        assertThat(corrected.score()).isEqualByComparingTo("36");
        assertThat(results.forPatient(pt.organisationId(), e.patientId())).extracting(MeasureResult::id)
                .containsExactly(corrected.id());
        assertThat(results.allVersionsForPatient(pt.organisationId(), e.patientId())).extracting(MeasureResult::score)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("35"), new BigDecimal("36"));
        assertThatThrownBy(() -> results.correct(pt, first.id(), "Again",
                bergResult(e, berg(3, 4, 4, 3, 3, 2, 3, 2, 2, 3, 2, 2, 1, 3))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> results.correct(pt, corrected.id(), " ",
                bergResult(e, berg(3, 4, 4, 3, 3, 2, 3, 2, 2, 3, 2, 2, 1, 3))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        ex -> assertThat(ex.fieldErrors()).containsKey("reason"));
    }

    @Test
    void h34GoalLevelsAreFixedWhenSetAndReviewsAddUpToTheTScore() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode e = fixtures.patientWithEpisode(pt);
        var levels = new GoalScaling.Levels(1, "Needs two to walk", "Walks 5 m with one",
                "Walks 10 m with a frame alone",
                "Walks 20 m with a frame", "Walks outdoors with a stick", -1);
        var goalA = goals.addGoal(pt, e.id(),
                new Commands.AddGoal("Walk to the toilet with a frame", fixtures.today().plusWeeks(4)), levels);
        var goalB = goals.addGoal(pt, e.id(), new Commands.AddGoal("Make a hot drink", fixtures.today().plusWeeks(4)),
                levels);
        assertThatThrownBy(() -> goals.describe(pt, goalA, levels)).isInstanceOf(ConflictException.class);

        goals.review(pt, goalA, new GoalScaling.Review(fixtures.today(), 1, "Better than hoped"));
        goals.review(pt, goalB, new GoalScaling.Review(fixtures.today(), 0, null));
        var attainment = GoalScaling.attainment(goals.forPatient(pt.organisationId(), e.patientId()));
        assertThat(attainment).singleElement().satisfies(a -> {
            assertThat(a.tScore()).isEqualByComparingTo("56.2");
            assertThat(a.goalsReviewed()).isEqualTo(2);
        });
        assertThatThrownBy(
                () -> goals.review(fixtures.user("hca.demo"), goalA, new GoalScaling.Review(fixtures.today(), 2, null)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> goals.review(pt, goalA, new GoalScaling.Review(fixtures.today().plusDays(2), 2, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aServicesOwnMeasureIsScoredByItsRuleAndShownOnThePatientRecordWithACharts() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode e = fixtures.patientWithEpisode(pt);
        Measure own = catalogue.create(pt, new MeasureCatalogue.NewMeasure("Ward confidence check " + e.id(), "points",
                MeasureCatalogue.CustomRule.SUM, true, null, List.of(new MeasureCatalogue.NewItem("Walking", 0, 5),
                        new MeasureCatalogue.NewItem("Transfers", 0, 5))));
        assertThatThrownBy(() -> catalogue.create(fixtures.user("hca.demo"), new MeasureCatalogue.NewMeasure("X", "p",
                MeasureCatalogue.CustomRule.SUM, true, null, List.of(new MeasureCatalogue.NewItem("A", 0, 5)))))
                .isInstanceOf(NotAllowedException.class);
        MeasureResult r = results.record(pt, e.patientId(),
                new MeasureResults.NewResult(own.key(), null, null, fixtures.today(),
                        values(3, 4), null, null, null));
        assertThat(r.score()).isEqualByComparingTo("7");
        assertThatThrownBy(() -> results.record(pt, e.patientId(), new MeasureResults.NewResult(own.key(), null, null,
                fixtures.today(), values(3, 6), null, null, null))).isInstanceOf(InvalidInputException.class);

        var whole = record.open(pt, e.patientId());
        assertThat(whole.outcomes().measures()).singleElement().satisfies(s -> {
            assertThat(s.chartSvg()).contains("role=\"img\"").contains("<title").contains("<desc");
            assertThat(s.chartDescription()).contains("1 result");
        });
    }
}
