package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** The FHIR server's PractitionerRole: a member of staff's job role, band, team and organisation. */
@IntegrationTest
class FhirPractitionerRoleDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    FhirClient fhir() {
        return new FhirClient(port);
    }

    record Post(String jobRole, int band, String team, String organisation) {
    }

    Post postOf(CurrentUser user) {
        return jdbc.sql("select s.job_role, s.band, t.name, o.name from staff_member s join team t on t.id = s.team_id "
                + "join organisation o on o.id = s.organisation_id where s.id = ?").param(user.staffId())
                .query((rs, n) -> new Post(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4))).single();
    }

    @Test
    void readsAMemberOfStaffsJobRoleBandTeamAndOrganisation() {
        CurrentUser priya = fixtures.user("pt.demo");
        Post post = postOf(priya);
        var answer = fhir().get("hca.demo", "PractitionerRole/" + priya.staffId());
        assertThat(answer.status()).isEqualTo(200);
        PractitionerRole role = answer.as(PractitionerRole.class);
        assertThat(role.getMeta().getProfile()).extracting(p -> p.getValue())
                .containsExactly(UkCore.PRACTITIONER_ROLE_PROFILE);
        assertThat(role.getActive()).isTrue();
        assertThat(role.getPractitioner().getReference()).isEqualTo("Practitioner/" + priya.staffId());
        assertThat(role.getCode()).extracting(c -> c.getText())
                .containsExactly("Physiotherapist", "Agenda for Change band " + post.band());
        assertThat(post.jobRole()).isEqualTo("PHYSIOTHERAPIST");
        assertThat(role.getHealthcareServiceFirstRep().getDisplay()).isEqualTo(post.team());
        assertThat(role.getOrganization().getDisplay()).isEqualTo(post.organisation());
    }

    @Test
    void searchesByPractitioner() {
        CurrentUser hannah = fixtures.user("hca.demo");
        for (String query : List.of("practitioner=Practitioner/" + hannah.staffId(),
                "practitioner=" + hannah.staffId())) {
            Bundle bundle = fhir().get("pt.demo", "PractitionerRole?" + query).as(Bundle.class);
            assertThat(bundle.getEntry()).as(query).singleElement().satisfies(e -> {
                PractitionerRole role = (PractitionerRole) e.getResource();
                assertThat(role.getIdElement().getIdPart()).isEqualTo(hannah.staffId().toString());
                assertThat(role.getCodeFirstRep().getText()).isEqualTo("Support worker");
            });
        }
        for (String query : List.of("practitioner=" + UUID.randomUUID(), "practitioner=not-a-uuid")) {
            var answer = fhir().get("pt.demo", "PractitionerRole?" + query);
            assertThat(answer.status()).as(query).isEqualTo(200);
            assertThat(answer.as(Bundle.class).getEntry()).as(query).isEmpty();
        }
    }

    @Test
    void h61_anotherOrganisationsStaffRolesAreNotFoundByReadOrSearch() {
        String stranger = OtherOrganisation.physiotherapist(jdbc);
        CurrentUser priya = fixtures.user("pt.demo");
        var read = fhir().get(stranger, "PractitionerRole/" + priya.staffId());
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.resource()).isInstanceOf(OperationOutcome.class);
        assertThat(fhir().get(stranger, "PractitionerRole?practitioner=" + priya.staffId()).as(Bundle.class)
                .getEntry()).isEmpty();
    }

    @Test
    void badInputIsAnOperationOutcomeNeverA500() {
        for (String[] c : List.of(new String[]{"PractitionerRole/12345", "404"},
                new String[]{"PractitionerRole/" + UUID.randomUUID(), "404"},
                new String[]{"PractitionerRole", "400"},
                new String[]{"PractitionerRole?practitioner=", "400"},
                new String[]{"PractitionerRole?practitioner=Patient/" + UUID.randomUUID(), "400"},
                new String[]{"PractitionerRole?practitioner:missing=true", "400"},
                new String[]{"PractitionerRole?practitioner.name=Raman", "400"},
                new String[]{"PractitionerRole?role=physio", "400"})) {
            var answer = fhir().get("pt.demo", c[0]);
            assertThat(answer.status()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(answer.resource()).as(c[0]).isInstanceOf(OperationOutcome.class);
        }
    }
}
