package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Commands;
import org.therapyassist.careplans.Episode;
import org.therapyassist.careplans.GoalScaling;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The FHIR server's EpisodeOfCare and Goal: read by id and search by patient, with the REST API's access check and
 * audit on the patient, nothing outside the caseload and nothing of another organisation.
 */
@IntegrationTest
class FhirEpisodeAndGoalDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GoalScaling scaling;
    @LocalServerPort
    int port;

    FhirClient fhir() {
        return new FhirClient(port);
    }

    record Made(Episode episode, UUID scaledGoal) {

        UUID patientId() {
            return episode.patientId();
        }
    }

    /** A patient on Priya Raman's stroke ward caseload: an open episode, a plain goal and a scaled, reviewed one. */
    Made patient() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        UUID scaled = scaling.addGoal(pt, episode.id(),
                new Commands.AddGoal("Walk to the day room with a frame", fixtures.today().plusWeeks(4)),
                new GoalScaling.Levels(3, "Cannot stand", "Stands with two", "Walks 10 m with a frame",
                        "Walks 20 m with a frame", "Walks 20 m with a stick", -1));
        scaling.review(pt, scaled, new GoalScaling.Review(fixtures.today(), 1, "Better than expected"));
        return new Made(episode, scaled);
    }

    @Test
    void readsAnEpisodeAsUkCoreAndAuditsThePatientOpenedAsTheApiDoes() {
        Made made = patient();
        CurrentUser pt = fixtures.user("pt.demo");
        long before = fixtures.audited(made.patientId(), "patient.view-record");
        var answer = fhir().get("hca.demo", "EpisodeOfCare/" + made.episode().id());
        assertThat(answer.status()).isEqualTo(200);
        EpisodeOfCare episode = answer.as(EpisodeOfCare.class);
        assertThat(episode.getMeta().getProfile()).extracting(p -> p.getValue())
                .containsExactly(UkCore.EPISODE_OF_CARE_PROFILE);
        assertThat(episode.getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
        assertThat(episode.getPatient().getReference()).isEqualTo("Patient/" + made.patientId());
        assertThat(episode.getPeriod().getStartElement().getValueAsString())
                .isEqualTo(fixtures.today().toString());
        assertThat(episode.getPeriod().hasEnd()).isFalse();
        assertThat(episode.getCareManager().getReference()).isEqualTo("Practitioner/" + pt.staffId());
        assertThat(episode.getCareManager().getDisplay()).isEqualTo("Priya Raman");
        assertThat(episode.getTeamFirstRep().getDisplay()).isEqualTo(made.episode().teamName());
        assertThat(episode.getManagingOrganization().getDisplay()).isNotBlank();
        assertThat(fixtures.audited(made.patientId(), "patient.view-record")).isEqualTo(before + 1);
    }

    @Test
    void searchesAPatientsEpisodesAndGoals() {
        Made made = patient();
        long before = fixtures.audited(made.patientId(), "patient.view-record");
        for (String query : List.of("patient=Patient/" + made.patientId(), "patient=" + made.patientId())) {
            Bundle episodes = fhir().get("pt.demo", "EpisodeOfCare?" + query).as(Bundle.class);
            assertThat(episodes.getEntry()).as(query).singleElement().satisfies(e -> assertThat(
                    e.getResource().getIdElement().getIdPart()).isEqualTo(made.episode().id().toString()));
            Bundle goals = fhir().get("pt.demo", "Goal?" + query).as(Bundle.class);
            assertThat(goals.getEntry()).as(query).extracting(e -> ((Goal) e.getResource()).getDescription().getText())
                    .containsExactlyInAnyOrder("Walk to the toilet", "Walk to the day room with a frame");
        }
        assertThat(fixtures.audited(made.patientId(), "patient.view-record")).isEqualTo(before + 4);
        for (String query : List.of("patient=" + UUID.randomUUID(), "patient=not-a-uuid")) {
            var answer = fhir().get("pt.demo", "EpisodeOfCare?" + query);
            assertThat(answer.status()).as(query).isEqualTo(200);
            assertThat(answer.as(Bundle.class).getEntry()).as(query).isEmpty();
            assertThat(fhir().get("pt.demo", "Goal?" + query).as(Bundle.class).getEntry()).as(query).isEmpty();
        }
    }

    @Test
    void readsAScaledGoalWithItsExpectedLevelDescriptionsAndLatestReview() {
        Made made = patient();
        var answer = fhir().get("pt.demo", "Goal/" + made.scaledGoal());
        assertThat(answer.status()).isEqualTo(200);
        Goal goal = answer.as(Goal.class);
        assertThat(goal.getLifecycleStatus()).isEqualTo(Goal.GoalLifecycleStatus.ACTIVE);
        assertThat(goal.getDescription().getText()).isEqualTo("Walk to the day room with a frame");
        assertThat(goal.getSubject().getReference()).isEqualTo("Patient/" + made.patientId());
        var target = goal.getTargetFirstRep();
        assertThat(target.getDueDateType().getValueAsString()).isEqualTo(fixtures.today().plusWeeks(4).toString());
        assertThat(target.getMeasure().getText()).isEqualTo(GoalResources.GAS_MEASURE);
        assertThat(((IntegerType) target.getDetail()).getValue()).isZero();
        // Reviewed at +1: better than expected, so achieved (goal-achievement has no "exceeded").
        assertThat(goal.getAchievementStatus().getCodingFirstRep().getCode()).isEqualTo("achieved");
        assertThat(goal.getAchievementStatus().getText()).startsWith("+1");
        assertThat(goal.getStatusDateElement().getValueAsString()).isEqualTo(fixtures.today().toString());
        assertThat(goal.getNoteFirstRep().getText()).contains("weight 3", "Walks 10 m with a frame",
                "Walks 20 m with a stick");
        assertThat(fixtures.audited(made.patientId(), "patient.view-record")).isPositive();
    }

    @Test
    void aGoalWithoutScalingHasItsTextStatusAndTargetDateOnly() {
        Made made = patient();
        UUID plain = made.episode().goals().getFirst().id();
        Goal goal = fhir().get("pt.demo", "Goal/" + plain).as(Goal.class);
        assertThat(goal.getDescription().getText()).isEqualTo("Walk to the toilet");
        assertThat(goal.getTargetFirstRep().getDueDateType().getValueAsString())
                .isEqualTo(fixtures.today().plusWeeks(3).toString());
        assertThat(goal.getTargetFirstRep().hasDetail()).isFalse();
        assertThat(goal.hasAchievementStatus()).isFalse();
        assertThat(goal.hasNote()).isFalse();
    }

    @Test
    void h60_aSupportWorkerOutsideTheCaseloadIsRefusedReadsAndFindsNothingBySearch() {
        Made made = patient();
        // Chloe Evans works in MSK outpatients; the patient is on the stroke ward's caseload.
        for (String path : List.of("EpisodeOfCare/" + made.episode().id(), "Goal/" + made.scaledGoal())) {
            var read = fhir().get("chloe.sw", path);
            assertThat(read.status()).as(path).isEqualTo(403);
            assertThat(read.as(OperationOutcome.class).getIssueFirstRep().getCode())
                    .isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
        }
        assertThat(fixtures.audited(made.patientId(), "access.denied")).isEqualTo(2);
        for (String type : List.of("EpisodeOfCare", "Goal")) {
            var search = fhir().get("chloe.sw", type + "?patient=" + made.patientId());
            assertThat(search.status()).as(type).isEqualTo(200);
            assertThat(search.as(Bundle.class).getEntry()).as(type).isEmpty();
        }
        assertThat(fixtures.audited(made.patientId(), "access.denied")).isEqualTo(2);
    }

    @Test
    void h61_anotherOrganisationsEpisodesAndGoalsAreNotFoundByReadOrSearch() {
        Made made = patient();
        String stranger = OtherOrganisation.physiotherapist(jdbc);
        long before = fixtures.audited(made.patientId(), "patient.view-record");
        for (String path : List.of("EpisodeOfCare/" + made.episode().id(), "Goal/" + made.scaledGoal())) {
            var read = fhir().get(stranger, path);
            assertThat(read.status()).as(path).isEqualTo(404);
            assertThat(read.resource()).as(path).isInstanceOf(OperationOutcome.class);
        }
        for (String type : List.of("EpisodeOfCare", "Goal")) {
            assertThat(fhir().get(stranger, type + "?patient=" + made.patientId()).as(Bundle.class).getEntry())
                    .as(type).isEmpty();
        }
        assertThat(fixtures.audited(made.patientId(), "patient.view-record")).isEqualTo(before);
    }

    @Test
    void badInputIsAnOperationOutcomeNeverA500() {
        UUID any = UUID.randomUUID();
        for (String type : List.of("EpisodeOfCare", "Goal")) {
            for (String[] c : List.of(new String[]{type + "/not-a-uuid", "404"},
                    new String[]{type + "/" + any, "404"},
                    new String[]{type, "400"},
                    new String[]{type + "?patient=", "400"},
                    new String[]{type + "?patient=Group/" + any, "400"},
                    new String[]{type + "?patient:missing=true", "400"},
                    new String[]{type + "?patient.name=Test", "400"},
                    new String[]{type + "?status=active", "400"})) {
                var answer = fhir().get("pt.demo", c[0]);
                assertThat(answer.status()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
                assertThat(answer.resource()).as(c[0]).isInstanceOf(OperationOutcome.class);
            }
        }
    }
}
