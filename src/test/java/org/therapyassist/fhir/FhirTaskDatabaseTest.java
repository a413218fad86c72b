package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.Enums.DeclineReason;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** The FHIR server's Task: a delegation, its people, dates and state, with the REST API's access check and audit. */
@IntegrationTest
class FhirTaskDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DelegationDesk desk;
    @LocalServerPort
    int port;

    FhirClient fhir() {
        return new FhirClient(port);
    }

    DelegationView delegate(Episode episode) {
        return desk.delegate(fixtures.user("pt.demo"), fixtures.delegation(episode.patientId(), episode.id(),
                "EXERCISE_PROGRAMME", fixtures.user("hca.demo").staffId()));
    }

    @Test
    void readsADelegationAsATaskFromTheRegistrantToTheSupportWorkerForItsDates() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.user("hca.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView made = delegate(episode);
        Task offered = fhir().get("hca.demo", "Task/" + made.id()).as(Task.class);
        assertThat(offered.getMeta().getProfile()).extracting(p -> p.getValue()).containsExactly(UkCore.TASK_PROFILE);
        assertThat(offered.getStatus()).isEqualTo(TaskStatus.REQUESTED);
        assertThat(offered.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
        assertThat(offered.getRequester().getReference()).isEqualTo("Practitioner/" + pt.staffId());
        assertThat(offered.getOwner().getReference()).isEqualTo("Practitioner/" + hca.staffId());
        assertThat(offered.getOwner().getDisplay()).isEqualTo("Hannah Caldwell");
        assertThat(offered.getFor().getReference()).isEqualTo("Patient/" + episode.patientId());
        assertThat(offered.getCode().getText()).isEqualTo(made.taskTypeName());
        assertThat(offered.getRestriction().getPeriod().getStartElement().getValueAsString())
                .isEqualTo(made.startsOn().toString());
        assertThat(offered.getRestriction().getPeriod().getEndElement().getValueAsString())
                .isEqualTo(made.endsOn().toString());

        desk.accept(hca, made.id());
        assertThat(fhir().get("pt.demo", "Task/" + made.id()).as(Task.class).getStatus())
                .isEqualTo(TaskStatus.ACCEPTED);
        desk.cancel(pt, made.id(), "Patient discharged");
        assertThat(fhir().get("pt.demo", "Task/" + made.id()).as(Task.class).getStatus())
                .isEqualTo(TaskStatus.CANCELLED);

        DelegationView declined = delegate(episode);
        desk.decline(hca, declined.id(), DeclineReason.NOT_CONFIDENT, null);
        Task rejected = fhir().get("pt.demo", "Task/" + declined.id()).as(Task.class);
        assertThat(rejected.getStatus()).isEqualTo(TaskStatus.REJECTED);
        assertThat(rejected.getStatusReason().getText()).isEqualTo(DeclineReason.NOT_CONFIDENT.title());

        Bundle found = fhir().get("pt.demo", "Task?patient=" + episode.patientId()).as(Bundle.class);
        assertThat(found.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactlyInAnyOrder(made.id().toString(), declined.id().toString());
    }

    @Test
    void h60_aSupportWorkerOutsideTheCaseloadIsRefusedTheTaskAndFindsNothing() {
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        DelegationView made = delegate(episode);
        var read = fhir().get("chloe.sw", "Task/" + made.id());
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.resource()).isInstanceOf(OperationOutcome.class);
        assertThat(fixtures.audited(episode.patientId(), "access.denied")).isEqualTo(1);
        assertThat(fhir().get("chloe.sw", "Task?patient=" + episode.patientId()).as(Bundle.class).getEntry())
                .isEmpty();
    }

    @Test
    void h61_anotherOrganisationsTasksAreNotFound() {
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        DelegationView made = delegate(episode);
        String stranger = OtherOrganisation.physiotherapist(jdbc);
        assertThat(fhir().get(stranger, "Task/" + made.id()).status()).isEqualTo(404);
        assertThat(fhir().get(stranger, "Task?patient=" + episode.patientId()).as(Bundle.class).getEntry())
                .isEmpty();
    }

    @Test
    void badInputIsAnOperationOutcomeNeverA500() {
        for (String[] c : List.of(new String[]{"Task/not-a-uuid", "404"},
                new String[]{"Task/" + UUID.randomUUID(), "404"}, new String[]{"Task", "400"},
                new String[]{"Task?patient=Practitioner/" + UUID.randomUUID(), "400"},
                new String[]{"Task?owner=Practitioner/" + UUID.randomUUID(), "400"})) {
            var answer = fhir().get("pt.demo", c[0]);
            assertThat(answer.status()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(answer.resource()).as(c[0]).isInstanceOf(OperationOutcome.class);
        }
    }
}
