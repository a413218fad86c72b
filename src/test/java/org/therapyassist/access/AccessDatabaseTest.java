package org.therapyassist.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.careplans.Commands;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class AccessDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    PatientRecords patients;
    @Autowired
    PatientAccess access;
    @Autowired
    CarePlans carePlans;
    @Autowired
    StaffDirectory staff;
    @Autowired
    AuditTrail audit;

    @Test
    void aSupportWorkerCannotOpenAPatientOfAnotherTeamUntilTheyBreakGlassWithAReason() {
        CurrentUser grace = fixtures.user("grace.pt");
        CurrentUser hca = fixtures.user("hca.demo");
        var patient = patients.register(grace, new NewPatient(Fixtures.nextNhsNumber(), "Edna", "Community",
                LocalDate.of(1938, 1, 2), "3 Moor Lane, Holmefield", "HF3 2AB", null, List.of()));
        carePlans.open(grace, patient.id(), new Commands.OpenEpisode("Falls at home", ConditionCategory.OTHER,
                CareSetting.COMMUNITY, "3 Moor Lane, Holmefield", grace.teamId(), null));

        assertThatThrownBy(() -> patients.open(hca, patient.id()))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo(PatientAccess.NEEDS_BREAK_GLASS));
        // The refused attempt is itself in the trail, even though the request failed.
        assertThat(audit.forPatient(hca.organisationId(), patient.id(), 50))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("access.denied");
                    assertThat(e.actorUsername()).isEqualTo("hca.demo");
                });
        assertThat(patients.search(hca, patient.nhsNumber().value()).patients()).isEmpty();
        assertThat(patients.search(hca, patient.nhsNumber().value()).outsideCaseloadPatientId())
                .isEqualTo(patient.id());

        assertThatThrownBy(() -> access.breakGlass(hca, patient.id(), "because"))
                .isInstanceOf(RefusedException.class);
        access.breakGlass(hca, patient.id(), "Covering a colleague's visit at the patient's request");
        assertThat(patients.open(hca, patient.id()).id()).isEqualTo(patient.id());
        assertThat(audit.forPatient(hca.organisationId(), patient.id(), 50))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("access.break-glass"))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("under break-glass"));
    }

    @Test
    void aSupportWorkerSeesTheirOwnTeamsCaseload() {
        CurrentUser pt = fixtures.user("pt.demo");
        var episode = fixtures.patientWithEpisode(pt);
        assertThat(patients.open(fixtures.user("sw.demo"), episode.patientId()).id()).isEqualTo(episode.patientId());
    }

    @Test
    void anAdministratorCannotOpenClinicalRecords() {
        var episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        assertThatThrownBy(() -> patients.open(fixtures.user("admin.demo"), episode.patientId()))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("access.no-clinical-access"));
    }
}
