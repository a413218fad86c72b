package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Bad FHIR input to Patient and ServiceRequest create: an OperationOutcome with the right status (400 unreadable or
 * contradicting itself, 403 not allowed, 404 an unknown patient id, 409 already there, 412 the criteria match more
 * than one, 422 not acceptable), never a 500, and nothing saved.
 */
@IntegrationTest
class FhirCreateRefusalsDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    FhirClient fhir() {
        return new FhirClient(port);
    }

    static String json(IBaseResource resource) {
        return FhirClient.FHIR.newJsonParser().encodeResourceToString(resource);
    }

    long patients(String nhsNumber) {
        return jdbc.sql("select count(*) from patient where nhs_number = ?").param(nhsNumber).query(Long.class)
                .single();
    }

    long referrals(String referralId) {
        return jdbc.sql("select count(*) from referral where sender_id = ?").param(referralId).query(Long.class)
                .single();
    }

    static OperationOutcome refused(FhirClient.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/fhir+json");
        OperationOutcome outcome = answer.as(OperationOutcome.class);
        assertThat(outcome.getIssue()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
            assertThat(i.getDiagnostics()).isNotBlank();
        });
        return outcome;
    }

    String registered(String nhs, LocalDate born) {
        var answer = fhir().post("pt.demo", "Patient", json(Epr.patient(nhs, "Ashdown", born)));
        assertThat(answer.status()).isEqualTo(201);
        return answer.as(Patient.class).getIdElement().getIdPart();
    }

    ServiceRequest referral(String referralId, String nhs) {
        return Epr.referral(referralId, nhs, ServiceRequestPriority.ROUTINE, fixtures.today());
    }

    @Test
    void badPatientsAreRefusedWithTheirStatusAndNothingIsSaved() {
        String nhs = Fixtures.nextNhsNumber();
        String criteria = Epr.byNhsNumber(nhs).substring("Patient?".length());
        String body = json(Epr.patient(nhs, "Ashdown", LocalDate.of(1940, 2, 2)));

        refused(fhir().post("pt.demo", "Patient", "{\"resourceType\": \"Patient\", "), 400);
        refused(fhir().post("pt.demo", "Patient", ""), 400);
        refused(fhir().post("pt.demo", "Patient", body, "If-None-Exist", "identifier=%ZZ"), 400);
        refused(fhir().post("pt.demo", "Patient", body, "If-None-Exist", "identifier="), 400);
        refused(fhir().post("pt.demo", "Patient", "{\"resourceType\": \"Observation\", \"status\": \"final\"}"), 400);
        refused(fhir().post("pt.demo", "Patient", body.replace("\"official\"", "\"formal\"")), 400);
        refused(fhir().post("pt.demo", "Patient", body, "If-None-Exist", "identifier=" + UkCore.NHS_NUMBER + "|"
                + Fixtures.nextNhsNumber()), 400);
        refused(fhir().post("pt.demo", "Patient", body, "If-None-Exist", "identifier=https://example.org/mrn|" + nhs),
                400);

        String badCheckDigit = nhs.substring(0, 9) + ((nhs.charAt(9) - '0' + 1) % 10);
        OperationOutcome badNhs = refused(fhir().post("pt.demo", "Patient",
                json(Epr.patient(badCheckDigit, "Ashdown", LocalDate.of(1940, 2, 2)))), 422);
        assertThat(badNhs.getIssueFirstRep().getExpression()).extracting(e -> e.getValue())
                .containsExactly("Patient.identifier");
        assertThat(patients(badCheckDigit)).isZero();

        Patient unnamed = Epr.patient(nhs, "Ashdown", LocalDate.of(1940, 2, 2));
        unnamed.getName().clear();
        unnamed.setBirthDate(null);
        OperationOutcome missing = refused(fhir().post("pt.demo", "Patient", json(unnamed), "If-None-Exist",
                criteria), 422);
        assertThat(missing.getIssue()).extracting(i -> i.getExpression().getFirst().getValue())
                .containsExactlyInAnyOrder("Patient.birthDate", "Patient.name.family", "Patient.name.given");
        assertThat(missing.getIssue()).extracting(i -> i.getCode()).containsOnly(IssueType.REQUIRED);

        refused(fhir().post("pt.demo", "Patient", body.replace("\"1940-02-02\"", "\"1940-02\"")), 422);
        refused(fhir().post("pt.demo", "Patient", body.replace("\"1940-02-02\"", "\"2990-02-02\"")), 422);
        // A support worker does not register patients.
        refused(fhir().post("hca.demo", "Patient", body), 403);
        assertThat(patients(nhs)).isZero();

        registered(nhs, LocalDate.of(1940, 2, 2));
        // Without If-None-Exist a second patient with the same NHS number is a conflict, not a duplicate.
        OperationOutcome conflict = refused(fhir().post("pt.demo", "Patient", body), 409);
        assertThat(conflict.getIssueFirstRep().getCode()).isEqualTo(IssueType.CONFLICT);
        assertThat(patients(nhs)).isEqualTo(1);
    }

    @Test
    void h72_aPatientIsMatchedOnTheExactNhsNumberOnlyAndAMatchWithAnotherBirthDateIsRefused() {
        String nhs = Fixtures.nextNhsNumber();
        String id = registered(nhs, LocalDate.of(1940, 2, 2));
        String other = json(Epr.patient(Fixtures.nextNhsNumber(), "Ashdown", LocalDate.of(1940, 2, 2)));
        // Criteria on anything but the identifier could match a different person with the same name and birth date.
        for (String criteria : new String[]{"family=Ashdown&birthdate=1940-02-02", "name=Ashdown",
                "identifier=" + UkCore.NHS_NUMBER + "|" + nhs + "&family=Ashdown"}) {
            refused(fhir().post("pt.demo", "Patient", other, "If-None-Exist", criteria), 400);
        }
        // The same NHS number with another date of birth is a mistyped number or a wrong record: refused.
        String mistyped = json(Epr.patient(nhs, "Ashdown", LocalDate.of(1950, 7, 7)));
        OperationOutcome outcome = refused(fhir().post("pt.demo", "Patient", mistyped, "If-None-Exist",
                Epr.byNhsNumber(nhs).substring("Patient?".length())), 422);
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(IssueType.BUSINESSRULE);
        assertThat(jdbc.sql("select date_of_birth from patient where id = ?").param(UUID.fromString(id))
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(1940, 2, 2));

        // A referral names its patient by id or NHS number: a name alone is not enough.
        ServiceRequest byName = referral(Epr.newReferralId(), nhs);
        byName.setSubject(new Reference().setDisplay("Ashdown, Edith"));
        refused(fhir().post("pt.demo", "ServiceRequest", json(byName)), 422);
        // Given both, they must be the same patient.
        String otherId = registered(Fixtures.nextNhsNumber(), LocalDate.of(1940, 2, 2));
        ServiceRequest both = referral(Epr.newReferralId(), nhs);
        both.getSubject().setReference("Patient/" + otherId);
        refused(fhir().post("pt.demo", "ServiceRequest", json(both)), 422);
        assertThat(referrals(byName.getIdentifierFirstRep().getValue())
                + referrals(both.getIdentifierFirstRep().getValue())).isZero();
    }

    @Test
    void badReferralsAreRefusedWithTheirStatusAndNothingIsSaved() {
        String nhs = Fixtures.nextNhsNumber();
        String patientId = registered(nhs, LocalDate.of(1939, 9, 9));
        String referralId = Epr.newReferralId();
        String body = json(referral(referralId, nhs));

        refused(fhir().post("pt.demo", "ServiceRequest", body.replace("\"active\"", "\"on-hold-ish\"")), 400);
        refused(fhir().post("pt.demo", "ServiceRequest", body, "If-None-Exist", "identifier=" + Epr.REFERRAL_IDS
                + "|" + Epr.newReferralId()), 400);

        ServiceRequest unknownPatient = referral(referralId, nhs);
        unknownPatient.setSubject(new Reference("Patient/" + UUID.randomUUID()));
        refused(fhir().post("pt.demo", "ServiceRequest", json(unknownPatient)), 404);
        String stranger = OtherOrganisation.physiotherapist(jdbc);
        ServiceRequest elsewhere = referral(referralId, nhs);
        elsewhere.setSubject(new Reference("Patient/" + patientId));
        refused(fhir().post(stranger, "ServiceRequest", json(elsewhere)), 404);

        refused(fhir().post("pt.demo", "ServiceRequest", json(referral(referralId, Fixtures.nextNhsNumber()))), 422);
        ServiceRequest speech = referral(referralId, nhs);
        speech.getCategory().clear();
        speech.addCategory(new CodeableConcept(new Coding(TherapyServiceCodes.SNOMED, "310101009",
                "Speech and language therapy service")));
        refused(fhir().post("pt.demo", "ServiceRequest", json(speech)), 422);
        ServiceRequest noReason = referral(referralId, nhs);
        noReason.getReasonCode().clear();
        noReason.getNote().clear();
        noReason.setRequester(null);
        OperationOutcome both = refused(fhir().post("pt.demo", "ServiceRequest", json(noReason)), 422);
        assertThat(both.getIssue()).extracting(i -> i.getExpression().getFirst().getValue())
                .containsExactly("ServiceRequest.requester.display", "ServiceRequest.reasonCode");
        ServiceRequest noTeam = referral(referralId, nhs);
        noTeam.addPerformer(new Reference("CareTeam/" + UUID.randomUUID()));
        refused(fhir().post("pt.demo", "ServiceRequest", json(noTeam)), 422);
        ServiceRequest future = referral(referralId, nhs);
        future.getAuthoredOnElement().setValueAsString(fixtures.today().plusDays(3).toString());
        refused(fhir().post("pt.demo", "ServiceRequest", json(future)), 422);
        refused(fhir().post("hca.demo", "ServiceRequest", body), 403);
        assertThat(referrals(referralId)).isZero();

        assertThat(fhir().post("pt.demo", "ServiceRequest", body).status()).isEqualTo(201);
        // Without If-None-Exist, the same referral id a second time is a conflict.
        refused(fhir().post("pt.demo", "ServiceRequest", body), 409);
        // With it, but for another patient: a conflict too, never the first patient's referral.
        String otherNhs = Fixtures.nextNhsNumber();
        registered(otherNhs, LocalDate.of(1939, 9, 9));
        refused(fhir().post("pt.demo", "ServiceRequest", json(referral(referralId, otherNhs)), "If-None-Exist",
                Epr.byReferralId(referralId).substring("ServiceRequest?".length())), 409);
        assertThat(referrals(referralId)).isEqualTo(1);
    }

    @Test
    void criteriaMatchingMoreThanOneReferralArePreconditionFailedAndNothingIsSaved() {
        String nhs = Fixtures.nextNhsNumber();
        registered(nhs, LocalDate.of(1939, 9, 9));
        String referralId = Epr.newReferralId();
        ServiceRequest fromWard = referral(referralId, nhs);
        ServiceRequest fromGp = referral(referralId, nhs);
        fromGp.getIdentifier().clear();
        fromGp.addIdentifier(new Identifier().setSystem("https://gp.example.nhs.uk/Id/referral").setValue(referralId));
        assertThat(fhir().post("pt.demo", "ServiceRequest", json(fromWard)).status()).isEqualTo(201);
        assertThat(fhir().post("pt.demo", "ServiceRequest", json(fromGp)).status()).isEqualTo(201);

        OperationOutcome outcome = refused(fhir().post("pt.demo", "ServiceRequest", json(fromWard), "If-None-Exist",
                "identifier=" + referralId), 412);
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(IssueType.MULTIPLEMATCHES);
        assertThat(referrals(referralId)).isEqualTo(2);
    }

    @Test
    void h73_anUrgentAsapOrStatReferralIsUrgentInTheQueueAndAnUnknownPriorityIsRefused() {
        String nhs = Fixtures.nextNhsNumber();
        registered(nhs, LocalDate.of(1939, 9, 9));
        for (ServiceRequestPriority priority : new ServiceRequestPriority[]{ServiceRequestPriority.URGENT,
                ServiceRequestPriority.ASAP, ServiceRequestPriority.STAT}) {
            String referralId = Epr.newReferralId();
            var answer = fhir().post("pt.demo", "ServiceRequest",
                    json(Epr.referral(referralId, nhs, priority, fixtures.today())));
            assertThat(answer.status()).isEqualTo(201);
            // Answered as a read answers: the service's urgent is FHIR's asap, never less than was sent.
            assertThat(answer.as(ServiceRequest.class).getPriority()).isEqualTo(ServiceRequestPriority.ASAP);
            assertThat(jdbc.sql("select urgency, respond_by from referral where sender_id = ?").param(referralId)
                    .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).single())
                    .isEqualTo("URGENT " + fixtures.today().plusDays(2));
        }
        // Read leniently, an unknown priority would be dropped, and no priority means routine: refused instead.
        String referralId = Epr.newReferralId();
        String body = json(Epr.referral(referralId, nhs, ServiceRequestPriority.URGENT, fixtures.today()));
        assertThat(body).contains("\"priority\":\"urgent\"");
        refused(fhir().post("pt.demo", "ServiceRequest", body.replace("\"urgent\"", "\"very-urgent\"")), 400);
        assertThat(referrals(referralId)).isZero();
    }
}
