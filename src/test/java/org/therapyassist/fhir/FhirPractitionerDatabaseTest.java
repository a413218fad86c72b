package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Practitioner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** The FHIR server's Practitioner: the staff of the user's own organisation, with HCPC numbers where held. */
@IntegrationTest
class FhirPractitionerDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    FhirClient fhir() {
        return new FhirClient(port);
    }

    String hcpcOf(CurrentUser user) {
        return jdbc.sql("select hcpc_number from staff_member where id = ?").param(user.staffId()).query(String.class)
                .single();
    }

    @Test
    void readsARegisteredTherapistWithTheirHcpcNumber() {
        CurrentUser priya = fixtures.user("pt.demo");
        var answer = fhir().get("hca.demo", "Practitioner/" + priya.staffId());
        assertThat(answer.status()).isEqualTo(200);
        Practitioner practitioner = answer.as(Practitioner.class);
        assertThat(practitioner.getMeta().getProfile()).extracting(p -> p.getValue())
                .containsExactly(UkCore.PRACTITIONER_PROFILE);
        assertThat(practitioner.getIdentifier()).singleElement().satisfies(id -> {
            assertThat(id.getSystem()).isEqualTo(UkCore.HCPC_NUMBER);
            assertThat(id.getValue()).isEqualTo(hcpcOf(priya)).startsWith("PH");
        });
        assertThat(practitioner.getNameFirstRep().getFamily()).isEqualTo("Raman");
        assertThat(practitioner.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Priya");
    }

    @Test
    void aSupportWorkerHasNoRegistrationIdentifier() {
        CurrentUser hannah = fixtures.user("hca.demo");
        Practitioner practitioner = fhir().get("pt.demo", "Practitioner/" + hannah.staffId()).as(Practitioner.class);
        assertThat(practitioner.getIdentifier()).isEmpty();
        assertThat(practitioner.getNameFirstRep().getFamily()).isEqualTo("Caldwell");
    }

    @Test
    void searchesByHcpcNumberAndName() {
        CurrentUser owen = fixtures.user("ot.demo");
        String hcpc = hcpcOf(owen);
        for (String query : List.of(
                "identifier=" + URLEncoder.encode(UkCore.HCPC_NUMBER + "|" + hcpc, StandardCharsets.UTF_8),
                "identifier=" + hcpc.toLowerCase(Locale.UK), "family=Tremayne", "given=owe&family=trem",
                "name=Tremayne")) {
            Bundle bundle = fhir().get("pt.demo", "Practitioner?" + query).as(Bundle.class);
            assertThat(bundle.getEntry()).as(query).singleElement()
                    .satisfies(e -> assertThat(e.getResource().getIdElement().getIdPart())
                            .isEqualTo(owen.staffId().toString()));
        }
        Bundle other = fhir().get("pt.demo", "Practitioner?identifier="
                + URLEncoder.encode("https://fhir.hl7.org.uk/Id/gmc-number|" + hcpc, StandardCharsets.UTF_8))
                .as(Bundle.class);
        assertThat(other.getEntry()).isEmpty();
    }

    @Test
    void h56_anotherOrganisationsStaffAreNotFoundByReadOrSearch() {
        String stranger = OtherOrganisation.physiotherapist(jdbc);
        CurrentUser priya = fixtures.user("pt.demo");
        var read = fhir().get(stranger, "Practitioner/" + priya.staffId());
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.resource()).isInstanceOf(OperationOutcome.class);
        assertThat(fhir().get(stranger, "Practitioner?family=Raman").as(Bundle.class).getEntry()).isEmpty();
        assertThat(fhir().get("pt.demo", "Practitioner?identifier=PH999999").as(Bundle.class).getEntry()).isEmpty();
    }

    @Test
    void badInputIsAnOperationOutcomeNeverA500() {
        for (String[] c : List.of(new String[]{"Practitioner/12345", "404"},
                new String[]{"Practitioner?identifier=XX12", "400"},
                new String[]{"Practitioner?name:contains=ram", "400"},
                new String[]{"Practitioner", "400"},
                new String[]{"Practitioner?birthdate=1980", "400"})) {
            var answer = fhir().get("pt.demo", c[0]);
            assertThat(answer.status()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(answer.resource()).as(c[0]).isInstanceOf(OperationOutcome.class);
        }
    }
}
