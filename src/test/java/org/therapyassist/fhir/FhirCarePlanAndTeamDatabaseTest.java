package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.exercises.Exercise;
import org.therapyassist.exercises.ExerciseLibrary;
import org.therapyassist.exercises.Programmes;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** CarePlan (the exercise programme) and CareTeam (who cares for the patient), with the REST API's access and audit. */
@IntegrationTest
class FhirCarePlanAndTeamDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Programmes programmes;
    @Autowired
    ExerciseLibrary library;
    @Autowired
    DelegationDesk desk;
    @LocalServerPort
    int port;

    FhirClient fhir() {
        return new FhirClient(port);
    }

    @Test
    void anEpisodesProgrammeIsACarePlanWithAnActivityPerExerciseAndItsDose() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        CarePlan empty = fhir().get("pt.demo", "CarePlan/" + episode.id()).as(CarePlan.class);
        assertThat(empty.getStatus()).isEqualTo(CarePlanStatus.DRAFT);
        Exercise exercise = library.list(pt.organisationId(), null, null).getFirst();
        programmes.add(pt, episode.id(), new Programmes.NewItem(exercise.id(), null, 3, 10, null, "Twice a day", 4,
                15, null, null, "Hold the rail"));
        long before = fixtures.audited(episode.patientId(), "patient.view-record");
        CarePlan plan = fhir().get("pt.demo", "CarePlan/" + episode.id()).as(CarePlan.class);
        assertThat(fixtures.audited(episode.patientId(), "patient.view-record")).isEqualTo(before + 1);
        assertThat(plan.getMeta().getProfile()).extracting(p -> p.getValue())
                .containsExactly(UkCore.CARE_PLAN_PROFILE);
        assertThat(plan.getStatus()).isEqualTo(CarePlanStatus.ACTIVE);
        assertThat(plan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
        assertThat(plan.getSubject().getReference()).isEqualTo("Patient/" + episode.patientId());
        assertThat(plan.getGoal()).extracting(g -> g.getReference())
                .containsExactly("Goal/" + episode.goals().getFirst().id());
        assertThat(plan.getActivity()).singleElement().satisfies(a -> {
            assertThat(a.getDetail().getCode().getCodingFirstRep().getCode()).isEqualTo(exercise.code());
            assertThat(a.getDetail().getCode().getCodingFirstRep().getSystem())
                    .isEqualTo(CarePlanResources.EXERCISE_CODES);
            assertThat(a.getDetail().getDescription()).contains("3 sets").contains("twice a day")
                    .contains("Hold the rail");
        });
        Bundle found = fhir().get("pt.demo", "CarePlan?subject=Patient/" + episode.patientId()).as(Bundle.class);
        assertThat(found.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(episode.id().toString());
    }

    @Test
    void aStaffTeamIsACareTeamThatAReferralsPerformerNamesAndAnEprCanFind() {
        CurrentUser pt = fixtures.user("pt.demo");
        CareTeam team = fhir().get("pt.demo", "CareTeam/" + pt.teamId()).as(CareTeam.class);
        assertThat(team.getIdPart()).isEqualTo(pt.teamId().toString());
        assertThat(team.hasSubject()).isFalse();
        assertThat(team.getParticipant()).extracting(p -> p.getMember().getReference())
                .contains("Practitioner/" + pt.staffId());
        assertThat(team.getParticipant()).allSatisfy(p -> assertThat(p.getRoleFirstRep().getText()).isNotBlank());

        Bundle all = fhir().get("pt.demo", "CareTeam").as(Bundle.class);
        assertThat(all.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .contains(pt.teamId().toString());
        assertThat(all.getEntry()).allSatisfy(e -> assertThat(((CareTeam) e.getResource()).hasSubject()).isFalse());
    }

    @Test
    void theCareTeamIsTheLeadAndThePeopleWhoTookOnTheEpisodesWork() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.user("hca.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        var offered = desk.delegate(pt, fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME",
                hca.staffId()));
        CareTeam before = fhir().get("pt.demo", "CareTeam/" + episode.id()).as(CareTeam.class);
        assertThat(before.getParticipant()).extracting(p -> p.getRoleFirstRep().getText())
                .doesNotContain(CareTeamResources.SUPPORT_WORKER);
        desk.accept(hca, offered.id());
        CareTeam team = fhir().get("pt.demo", "CareTeam/" + episode.id()).as(CareTeam.class);
        assertThat(team.getMeta().getProfile()).extracting(p -> p.getValue())
                .containsExactly(UkCore.CARE_TEAM_PROFILE);
        assertThat(team.getStatus()).isEqualTo(CareTeam.CareTeamStatus.ACTIVE);
        assertThat(team.getParticipant()).anySatisfy(p -> {
            assertThat(p.getRoleFirstRep().getText()).isEqualTo(CareTeamResources.SUPPORT_WORKER);
            assertThat(p.getMember().getReference()).isEqualTo("Practitioner/" + hca.staffId());
            assertThat(p.getPeriod().getStartElement().getValueAsString()).isEqualTo(offered.startsOn().toString());
        });
        assertThat(team.getParticipant()).anySatisfy(p -> {
            assertThat(p.getRoleFirstRep().getText()).isEqualTo(CareTeamResources.DELEGATING);
            assertThat(p.getMember().getReference()).isEqualTo("Practitioner/" + pt.staffId());
        });
        Bundle found = fhir().get("pt.demo", "CareTeam?patient=" + episode.patientId()).as(Bundle.class);
        assertThat(found.getTotal()).isEqualTo(1);
    }

    @Test
    void h61_outsideTheCaseloadIsRefusedAndAnotherOrganisationFindsNothing() {
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        for (String path : List.of("CarePlan/" + episode.id(), "CareTeam/" + episode.id())) {
            var refused = fhir().get("chloe.sw", path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.resource()).isInstanceOf(OperationOutcome.class);
        }
        assertThat(fixtures.audited(episode.patientId(), "access.denied")).isEqualTo(2);
        String stranger = OtherOrganisation.physiotherapist(jdbc);
        for (String user : List.of("chloe.sw", stranger)) {
            for (String path : List.of("CarePlan?patient=" + episode.patientId(), "CareTeam?_id=" + episode.id(),
                    "CareTeam?patient=" + episode.patientId())) {
                assertThat(fhir().get(user, path).as(Bundle.class).getEntry()).as(user + " " + path).isEmpty();
            }
        }
        assertThat(fhir().get(stranger, "CarePlan/" + episode.id()).status()).isEqualTo(404);
        assertThat(fhir().get(stranger, "CareTeam/" + episode.id()).status()).isEqualTo(404);
    }

    @Test
    void badInputIsAnOperationOutcomeNeverA500() {
        UUID any = UUID.randomUUID();
        for (String[] c : List.of(new String[]{"CarePlan/" + any, "404"}, new String[]{"CareTeam/x", "404"},
                new String[]{"CarePlan", "400"}, new String[]{"CareTeam?patient=Practitioner/" + any, "400"})) {
            var answer = fhir().get("pt.demo", c[0]);
            assertThat(answer.status()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(answer.resource()).as(c[0]).isInstanceOf(OperationOutcome.class);
        }
    }
}
