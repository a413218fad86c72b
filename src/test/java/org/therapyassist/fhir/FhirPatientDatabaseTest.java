package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The FHIR server's Patient through real HTTP: UK Core content, the REST API's access rule and audit on every read
 * and search, and OperationOutcomes (never a 500) for what it cannot answer.
 */
@IntegrationTest
class FhirPatientDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    FhirClient fhir() {
        return new FhirClient(port);
    }

    static String nhs(String number) {
        return "identifier=" + URLEncoder.encode(UkCore.NHS_NUMBER + "|" + number, StandardCharsets.UTF_8);
    }

    record Made(UUID id, String nhsNumber, String family) {
    }

    /** A patient on Priya Raman's (pt.demo) stroke ward caseload, born 15 March 1941. */
    Made patient() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        var row = jdbc.sql("select nhs_number, family_name from patient where id = ?").param(episode.patientId())
                .query((rs, n) -> new Made(episode.patientId(), rs.getString(1), rs.getString(2))).single();
        return row;
    }

    @Test
    void readsAPatientAsUkCoreWithTheirNhsNumberAndAuditsTheReadAsTheApiDoes() {
        Made made = patient();
        var answer = fhir().get("pt.demo", "Patient/" + made.id());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/fhir+json");
        Patient patient = answer.as(Patient.class);
        assertThat(patient.getIdElement().getIdPart()).isEqualTo(made.id().toString());
        assertThat(patient.getMeta().getProfile()).extracting(p -> p.getValue())
                .containsExactly(UkCore.PATIENT_PROFILE);
        assertThat(patient.getIdentifier()).singleElement().satisfies(id -> {
            assertThat(id.getSystem()).isEqualTo(UkCore.NHS_NUMBER);
            assertThat(id.getValue()).isEqualTo(made.nhsNumber());
            // The service never traces numbers against PDS, so it claims no verification status.
            assertThat(id.getExtension()).isEmpty();
        });
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo(made.family());
        assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Test");
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1941-03-15");
        assertThat(patient.getAddressFirstRep().getLine()).extracting(l -> l.getValue())
                .containsExactly("1 Test Street", "Northgate");
        assertThat(patient.getAddressFirstRep().getPostalCode()).isEqualTo("NG1 1AA");
        assertThat(patient.hasGender()).isFalse();
        assertThat(fixtures.audited(made.id(), "patient.view-record")).isEqualTo(1);
    }

    @Test
    void searchesByNhsNumberNameAndBirthDateAuditingEachPatientReturned() {
        Made made = patient();
        for (String query : List.of(nhs(made.nhsNumber()), "identifier=" + made.nhsNumber(),
                "family=" + made.family(), "family=" + made.family().toLowerCase(Locale.UK) + "&given=te",
                "name=" + made.family() + "&birthdate=1941-03-15", "family=" + made.family() + "&birthdate=1941",
                "family=" + made.family() + "&birthdate=ge1941-03-15&birthdate=lt1941-04")) {
            Bundle bundle = fhir().get("pt.demo", "Patient?" + query).as(Bundle.class);
            assertThat(bundle.getEntry()).as(query).singleElement()
                    .satisfies(e -> assertThat(e.getResource().getIdElement().getIdPart())
                            .isEqualTo(made.id().toString()));
        }
        for (String query : List.of("family=" + made.family() + "&birthdate=gt1941-03-15",
                "family=" + made.family() + "&birthdate=1942", "identifier="
                        + URLEncoder.encode("https://example.org/mrn|" + made.nhsNumber(), StandardCharsets.UTF_8))) {
            var answer = fhir().get("pt.demo", "Patient?" + query);
            assertThat(answer.status()).as(query).isEqualTo(200);
            assertThat(answer.as(Bundle.class).getEntry()).as(query).isEmpty();
        }
        assertThat(fixtures.audited(made.id(), "patient.search-result")).isEqualTo(7);
    }

    @Test
    void h56_aSupportWorkerOutsideTheCaseloadIsRefusedTheReadAndFindsNothingBySearch() {
        Made made = patient();
        // Chloe Evans works in MSK outpatients; the patient is on the stroke ward's caseload.
        var read = fhir().get("chloe.sw", "Patient/" + made.id());
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.as(OperationOutcome.class).getIssueFirstRep().getCode())
                .isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
        assertThat(fixtures.audited(made.id(), "access.denied")).isEqualTo(1);

        Bundle found = fhir().get("chloe.sw", "Patient?" + nhs(made.nhsNumber())).as(Bundle.class);
        assertThat(found.getEntry()).isEmpty();
        assertThat(fixtures.audited(made.id(), "patient.search-result")).isZero();

        // Hannah Caldwell works on the stroke ward, so the team's care relationship lets her read it.
        assertThat(fhir().get("hca.demo", "Patient/" + made.id()).status()).isEqualTo(200);
    }

    @Test
    void h56_anotherOrganisationsPatientIsNotFoundByReadOrSearch() {
        Made made = patient();
        String stranger = OtherOrganisation.physiotherapist(jdbc);
        var read = fhir().get(stranger, "Patient/" + made.id());
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.resource()).isInstanceOf(OperationOutcome.class);
        assertThat(fhir().get(stranger, "Patient?" + nhs(made.nhsNumber())).as(Bundle.class).getEntry()).isEmpty();
        assertThat(fixtures.audited(made.id(), "patient.view-record")).isZero();
    }

    @Test
    void badInputIsAnOperationOutcomeWithTheRightStatusNeverA500() {
        String valid = Fixtures.nextNhsNumber();
        String badCheckDigit = valid.substring(0, 9) + ((valid.charAt(9) - '0' + 1) % 10);
        List<String[]> cases = List.of(
                new String[]{"Patient/not-a-uuid", "404"},
                new String[]{"Patient/" + UUID.randomUUID(), "404"},
                new String[]{"Patient?" + nhs(badCheckDigit), "400"},
                new String[]{"Patient?" + nhs("12345"), "400"},
                new String[]{"Patient?identifier=", "400"},
                new String[]{"Patient?" + nhs("943 476 5919x"), "400"},
                new String[]{"Patient?birthdate=yesterday", "400"},
                new String[]{"Patient?birthdate=1941-02-30", "400"},
                new String[]{"Patient?birthdate=ne1941-03-15", "400"},
                new String[]{"Patient?name:exact=Test", "400"},
                new String[]{"Patient?colour=blue", "400"},
                new String[]{"Patient", "400"},
                new String[]{"Patient?name=%20", "400"},
                new String[]{"Observation/" + UUID.randomUUID(), "404"});
        for (String[] c : cases) {
            var answer = fhir().get("pt.demo", c[0]);
            assertThat(answer.status()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(answer.resource()).as(c[0]).isInstanceOf(OperationOutcome.class);
        }
    }

    @Test
    void tooManyMatchesAreRefusedAsTooCostlyRatherThanCutShort() {
        var answer = fhir().get("pt.demo", "Patient?birthdate=ge1900");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.as(OperationOutcome.class).getIssueFirstRep().getCode())
                .isEqualTo(OperationOutcome.IssueType.TOOCOSTLY);
    }

    @Test
    void onlySignedInStaffReachTheServer() {
        assertThat(fhir().get(null, "Patient?family=Test").status()).isEqualTo(401);
        assertThat(fhir().get(null, "metadata").status()).isEqualTo(401);
    }

    @Test
    void capabilityStatementListsExactlyWhatIsImplementedInJsonAndXml() {
        var answer = fhir().get("pt.demo", "metadata");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
        CapabilityStatement capabilities = answer.as(CapabilityStatement.class);
        List<CapabilityStatementRestResourceComponent> resources = capabilities.getRestFirstRep().getResource();
        List<String> byPatient = List.of("patient", "subject", "_id");
        Map<String, List<String>> searched = Map.ofEntries(
                Map.entry("Patient", List.of("identifier", "name", "family", "given", "birthdate")),
                Map.entry("Practitioner", List.of("identifier", "name", "family", "given")),
                Map.entry("PractitionerRole", List.of("practitioner")), Map.entry("EpisodeOfCare", List.of("patient")),
                Map.entry("Goal", List.of("patient")), Map.entry("Task", List.of("patient")),
                Map.entry("ServiceRequest", byPatient),
                Map.entry("Observation", List.of("patient", "subject", "_id", "code", "date")),
                Map.entry("Encounter", byPatient), Map.entry("Provenance", List.of("target", "patient", "_id")),
                Map.entry("CarePlan", byPatient),
                Map.entry("CareTeam", byPatient),
                Map.entry("Device", List.of("patient", "_id")), Map.entry("DeviceUseStatement", byPatient),
                Map.entry("DeviceRequest", byPatient));
        assertThat(resources).extracting(r -> r.getType()).containsExactlyInAnyOrderElementsOf(searched.keySet());
        for (var resource : resources) {
            // Patient and ServiceRequest are created too (FhirEprCreateDatabaseTest).
            List<String> expected = List.of("Patient", "ServiceRequest").contains(resource.getType())
                    ? List.of("read", "search-type", "create")
                    : List.of("read", "search-type");
            assertThat(resource.getInteraction()).as(resource.getType()).extracting(i -> i.getCode().toCode())
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(resource.getSearchParam()).as(resource.getType()).extracting(p -> p.getName())
                    .containsExactlyInAnyOrderElementsOf(searched.get(resource.getType()));
        }

        var xml = fhir().get("pt.demo", "metadata?_format=xml", "*/*");
        assertThat(xml.contentType()).startsWith("application/fhir+xml");
        assertThat(xml.body()).contains("<CapabilityStatement");
        var accepted = fhir().get("pt.demo", "metadata", "application/fhir+xml");
        assertThat(accepted.contentType()).startsWith("application/fhir+xml");
    }
}
