package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.groups.ClassType;
import org.therapyassist.groups.Enrolments;
import org.therapyassist.groups.GroupClasses;
import org.therapyassist.groups.GroupRules;
import org.therapyassist.groups.Outcome;
import org.therapyassist.groups.Registers;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Stage;
import org.therapyassist.sessions.NewSessionRecord;
import org.therapyassist.sessions.SessionRecordView;
import org.therapyassist.sessions.SessionRecords;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Encounter (session records, group attendance) and Provenance (who signed), with the REST API's access and audit. */
@IntegrationTest
class FhirEncounterAndProvenanceDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DelegationDesk desk;
    @Autowired
    SessionRecords records;
    @Autowired
    GroupClasses classes;
    @Autowired
    Enrolments enrolments;
    @Autowired
    Registers registers;
    @LocalServerPort
    int port;

    FhirClient fhir() {
        return new FhirClient(port);
    }

    record Visit(Episode episode, DelegationView delegation, SessionRecordView record) {
    }

    Visit visit() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.user("hca.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView task = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        desk.accept(hca, task.id());
        SessionRecordView record = records.record(hca, new NewSessionRecord(task.id(), fixtures.today(), null,
                "Managed the programme", null, null, null, null, null, null, null));
        return new Visit(episode, task, record);
    }

    UUID attended(CurrentUser pt, Episode episode, Outcome outcome) {
        var c = classes.create(pt, new GroupClasses.NewClass(pt.teamId(), "FHIR " + UUID.randomUUID().toString()
                .substring(0, 6), ClassType.FALLS_PREVENTION, 6, Stage.SENIOR_SUPPORT_WORKER, null, "Therapy gym",
                DayOfWeek.FRIDAY, LocalTime.of(14, 0), 60));
        enrolments.enrol(pt, c.id(), episode.id());
        var session = classes.schedule(pt, c.id(), new GroupClasses.NewSessions(fixtures.today(), 1, pt.staffId()))
                .getFirst();
        registers.save(pt, session.id(), new Registers.SaveRegister(null,
                List.of(new GroupRules.Line(episode.patientId(), outcome, null)), session.version()));
        return jdbc.sql("select id from group_attendance where session_id = ? and patient_id = ?")
                .params(session.id(), episode.patientId()).query(UUID.class).single();
    }

    @Test
    void aSessionRecordIsAnEncounterInProgressUntilSignedAndItsSignaturesAreProvenance() {
        CurrentUser hca = fixtures.user("hca.demo");
        CurrentUser pt = fixtures.user("pt.demo");
        Visit v = visit();
        long before = fixtures.audited(v.episode().patientId(), "patient.view-record");
        Encounter draft = fhir().get("pt.demo", "Encounter/" + v.record().id()).as(Encounter.class);
        assertThat(fixtures.audited(v.episode().patientId(), "patient.view-record")).isEqualTo(before + 1);
        assertThat(draft.getMeta().getProfile()).extracting(p -> p.getValue())
                .containsExactly(UkCore.ENCOUNTER_PROFILE);
        assertThat(draft.getStatus()).isEqualTo(EncounterStatus.INPROGRESS);
        assertThat(draft.getClass_().getCode()).isEqualTo("IMP");
        assertThat(draft.getSubject().getReference()).isEqualTo("Patient/" + v.episode().patientId());
        assertThat(draft.getParticipantFirstRep().getIndividual().getReference())
                .isEqualTo("Practitioner/" + hca.staffId());
        assertThat(draft.getEpisodeOfCareFirstRep().getReference()).isEqualTo("EpisodeOfCare/" + v.episode().id());
        assertThat(draft.getPeriod().getStartElement().getValueAsString()).isEqualTo(fixtures.today().toString());
        assertThat(fhir().get("pt.demo", "Provenance/sign-" + v.record().id()).status()).isEqualTo(404);

        records.sign(hca, v.record().id());
        assertThat(fhir().get("pt.demo", "Encounter/" + v.record().id()).as(Encounter.class).getStatus())
                .isEqualTo(EncounterStatus.FINISHED);
        Provenance signed = fhir().get("pt.demo", "Provenance/sign-" + v.record().id()).as(Provenance.class);
        assertThat(signed.getTargetFirstRep().getReference()).isEqualTo("Encounter/" + v.record().id());
        assertThat(signed.getAgentFirstRep().getWho().getReference()).isEqualTo("Practitioner/" + hca.staffId());
        assertThat(signed.getRecorded()).isNotNull();
        records.countersign(pt, v.record().id(), "Seen and agreed");
        Provenance countersigned = fhir().get("pt.demo", "Provenance/countersign-" + v.record().id())
                .as(Provenance.class);
        assertThat(countersigned.getAgentFirstRep().getWho().getReference()).isEqualTo("Practitioner/" + pt.staffId());
        assertThat(countersigned.getActivity().getCodingFirstRep().getCode()).isEqualTo("LA");

        Bundle byTarget = fhir().get("pt.demo", "Provenance?target=Encounter/" + v.record().id()).as(Bundle.class);
        assertThat(byTarget.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactlyInAnyOrder("sign-" + v.record().id(), "countersign-" + v.record().id());
        Bundle byPatient = fhir().get("pt.demo", "Provenance?patient=" + v.episode().patientId()).as(Bundle.class);
        assertThat(byPatient.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactlyInAnyOrder("sign-" + v.record().id(), "countersign-" + v.record().id(),
                        "delegation-" + v.delegation().id());
        assertThat(fhir().get("pt.demo", "Provenance?_id=delegation-" + v.delegation().id()).as(Bundle.class)
                .getEntry()).hasSize(1);
    }

    @Test
    void aGroupAttendanceIsAnAmbulatoryEncounterAtTheClassTimeAndFollowsAnAmendment() {
        CurrentUser pt = fixtures.user("pt.demo");
        Visit v = visit();
        UUID attendance = attended(pt, v.episode(), Outcome.DID_NOT_ATTEND);
        Encounter missed = fhir().get("pt.demo", "Encounter/" + attendance).as(Encounter.class);
        assertThat(missed.getStatus()).isEqualTo(EncounterStatus.CANCELLED);
        assertThat(missed.getClass_().getCode()).isEqualTo("AMB");
        assertThat(missed.getPeriod().getStartElement().getValueAsString()).contains("T14:00:00");
        assertThat(missed.getLocationFirstRep().getLocation().getDisplay()).isEqualTo("Therapy gym");
        var session = jdbc.sql("select session_id from group_attendance where id = ?").param(attendance)
                .query(UUID.class).single();
        registers.amend(pt, session, new Registers.Amend(v.episode().patientId(), Outcome.ATTENDED, "Came late"));
        assertThat(fhir().get("pt.demo", "Encounter/" + attendance).as(Encounter.class).getStatus())
                .isEqualTo(EncounterStatus.FINISHED);

        Bundle found = fhir().get("pt.demo", "Encounter?patient=" + v.episode().patientId()).as(Bundle.class);
        assertThat(found.getTotal()).isEqualTo(2);
        assertThat(found.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactlyInAnyOrder(v.record().id().toString(), attendance.toString());
    }

    @Test
    void h61_outsideTheCaseloadIsRefusedAndAnotherOrganisationFindsNothing() {
        Visit v = visit();
        UUID attendance = attended(fixtures.user("pt.demo"), v.episode(), Outcome.ATTENDED);
        for (String path : List.of("Encounter/" + v.record().id(), "Encounter/" + attendance,
                "Provenance/delegation-" + v.delegation().id())) {
            var refused = fhir().get("chloe.sw", path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.resource()).isInstanceOf(OperationOutcome.class);
        }
        assertThat(fixtures.audited(v.episode().patientId(), "access.denied")).isEqualTo(3);
        String stranger = OtherOrganisation.physiotherapist(jdbc);
        for (String user : List.of("chloe.sw", stranger)) {
            for (String path : List.of("Encounter?patient=" + v.episode().patientId(),
                    "Encounter?_id=" + attendance, "Provenance?patient=" + v.episode().patientId(),
                    "Provenance?target=Task/" + v.delegation().id())) {
                assertThat(fhir().get(user, path).as(Bundle.class).getEntry()).as(user + " " + path).isEmpty();
            }
        }
        assertThat(fhir().get(stranger, "Encounter/" + v.record().id()).status()).isEqualTo(404);
        assertThat(fhir().get(stranger, "Encounter/" + attendance).status()).isEqualTo(404);
        assertThat(fhir().get(stranger, "Provenance/delegation-" + v.delegation().id()).status()).isEqualTo(404);
    }

    @Test
    void badInputIsAnOperationOutcomeNeverA500() {
        UUID any = UUID.randomUUID();
        for (String[] c : List.of(new String[]{"Encounter/" + any, "404"}, new String[]{"Provenance/" + any, "404"},
                new String[]{"Provenance/sign-x", "404"}, new String[]{"Encounter", "400"},
                new String[]{"Provenance?target=Patient/" + any, "400"},
                new String[]{"Provenance?target=Task/" + any + "&patient=" + any, "400"})) {
            var answer = fhir().get("pt.demo", c[0]);
            assertThat(answer.status()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(answer.resource()).as(c[0]).isInstanceOf(OperationOutcome.class);
        }
    }
}
