package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Systems calling /fhir and /api/v1 with real signed bearer tokens (the test issuer's key): a system acts for the
 * organisation its token names and reads only that organisation's patients, each read audited under the client's
 * name; scopes decide each call; a token the service should not believe is 401, a scope that does not cover the call
 * 403, as an OperationOutcome for FHIR and problem+json for the REST API.
 */
@IntegrationTest
class BearerTokenDatabaseTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final String NHS_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, String contentType, String body, String challenge) {
    }

    record Made(UUID id, String nhsNumber) {
    }

    Made patientOfNorthgate() {
        UUID id = fixtures.patientWithEpisode(fixtures.user("pt.demo")).patientId();
        return new Made(id, jdbc.sql("select nhs_number from patient where id = ?").param(id).query(String.class)
                .single());
    }

    /** A second organisation with its own ODS code, so that a token can act for it. */
    String otherOrganisation() {
        String ods = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        jdbc.sql("insert into organisation (id, name, ods_code) values (?, ?, ?)")
                .params(UUID.randomUUID(), "Other token test service", ods).update();
        return ods;
    }

    static String byNhsNumber(Made made) {
        return "Patient?identifier=" + URLEncoder.encode(NHS_SYSTEM + "|" + made.nhsNumber(), StandardCharsets.UTF_8);
    }

    Answer call(String method, String token, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/fhir") ? "application/fhir+json" : "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), String.join(", ", response.headers().allValues("WWW-Authenticate")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String token(String client, String ods, String scopes) {
        return TestTokens.signed(TestTokens.system(client, ods, scopes));
    }

    @Test
    void h64_aSystemReadsItsOrganisationsPatientAndTheReadIsAuditedUnderTheClientsName() {
        Made made = patientOfNorthgate();
        var answer = call("GET", token("epr-northgate", "zz000", "system/Patient.read"), "/fhir/" + byNhsNumber(made),
                null);
        assertThat(answer.status()).isEqualTo(200);
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, answer.body());
        assertThat(bundle.getEntry()).singleElement().satisfies(e -> assertThat(
                ((Patient) e.getResource()).getIdElement().getIdPart()).isEqualTo(made.id().toString()));
        var read = call("GET", token("epr-northgate", "ZZ000", "system/*.read"), "/fhir/Patient/" + made.id(), null);
        assertThat(read.status()).isEqualTo(200);
        List<String> actors = jdbc.sql("select actor_username || ' ' || actor_role from audit_event "
                + "where patient_id = ? and actor_id is null").param(made.id()).query(String.class).list();
        assertThat(actors).isNotEmpty().allMatch(a -> a.equals("system:epr-northgate SYSTEM"));
    }

    @Test
    void h64_aTokenForAnotherOrganisationDoesNotReadOurPatients() {
        Made made = patientOfNorthgate();
        String elsewhere = token("epr-elsewhere", otherOrganisation(), "system/*.*");
        var search = call("GET", elsewhere, "/fhir/" + byNhsNumber(made), null);
        assertThat(search.status()).isEqualTo(200);
        assertThat(FHIR.newJsonParser().parseResource(Bundle.class, search.body()).getEntry()).isEmpty();
        assertThat(call("GET", elsewhere, "/fhir/Patient/" + made.id(), null).status()).isEqualTo(404);
        var api = call("GET", token("epr-elsewhere", otherOrganisation(), "api.read"),
                "/api/v1/patients/" + made.id(), null);
        assertThat(api.status()).isEqualTo(404);
    }

    @Test
    void h64_aTokenNamingAnOrganisationThisServiceDoesNotHaveIsRefused() {
        var answer = call("GET", token("epr-nowhere", "NOSUCH", "system/*.*"), "/fhir/Patient/" + UUID.randomUUID(),
                null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.challenge()).contains("Bearer error=\"invalid_token\"");
    }

    @Test
    void h64_aScopeThatDoesNotCoverTheCallIs403() {
        Made made = patientOfNorthgate();
        var fhir = call("GET", token("epr-northgate", "ZZ000", "system/Practitioner.read api.read"),
                "/fhir/" + byNhsNumber(made), null);
        assertThat(fhir.status()).isEqualTo(403);
        assertThat(fhir.contentType()).startsWith("application/fhir+json");
        var outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, fhir.body());
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("system/Patient.read");
        assertThat(fhir.challenge()).contains("insufficient_scope");

        var write = call("POST", token("epr-northgate", "ZZ000", "api.read system/*.*"), "/api/v1/patients",
                "{\"nhsNumber\":\"9434765919\",\"givenName\":\"A\",\"familyName\":\"B\",\"dateOfBirth\":\"1950-01-01\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.contentType()).startsWith("application/problem+json");
        assertThat(write.body()).contains("\"code\":\"auth.insufficient-scope\"", "api.write");
    }

    @Test
    void aSystemSearchesTheRestApiWithApiRead() {
        Made made = patientOfNorthgate();
        var answer = call("GET", token("epr-northgate", "ZZ000", "api.read"), "/api/v1/patients?q=" + made.nhsNumber(),
                null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains(made.id().toString());
        // api.read is not a FHIR scope.
        assertThat(call("GET", token("epr-northgate", "ZZ000", "api.read"), "/fhir/" + byNhsNumber(made), null)
                .status()).isEqualTo(403);
    }

    @Test
    void h64_tokensTheServiceMustNotBelieveAre401OperationOutcomeOnFhirAndProblemJsonOnTheApi() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        var claims = TestTokens.system("epr-northgate", "ZZ000", "system/*.* api.read");
        List<String> refused = List.of(
                TestTokens.signed(TestTokens.system("epr-northgate", "ZZ000", "system/*.* api.read"),
                        c -> c.issueTime(Date.from(past.minusSeconds(300))).expirationTime(Date.from(past))),
                TestTokens.signed(TestTokens.system("epr-northgate", "ZZ000", "system/*.* api.read"),
                        c -> c.audience("some-other-service")),
                TestTokens.signed(TestTokens.system("epr-northgate", "ZZ000", "system/*.* api.read"),
                        c -> c.issuer("https://identity.test.invalid/realms/elsewhere")),
                TestTokens.unsigned(claims),
                TestTokens.signedByAStranger(claims),
                "not-a-jwt");
        for (String token : refused) {
            var fhir = call("GET", token, "/fhir/Patient?family=Test", null);
            assertThat(fhir.status()).as(token).isEqualTo(401);
            assertThat(fhir.contentType()).startsWith("application/fhir+json");
            assertThat(FHIR.newJsonParser().parseResource(OperationOutcome.class, fhir.body()).getIssueFirstRep()
                    .getCode()).isEqualTo(OperationOutcome.IssueType.LOGIN);
            assertThat(fhir.challenge()).contains("Bearer error=\"invalid_token\"");
            var api = call("GET", token, "/api/v1/patients?q=Test", null);
            assertThat(api.status()).as(token).isEqualTo(401);
            assertThat(api.contentType()).startsWith("application/problem+json");
            assertThat(api.body()).contains("\"code\":\"auth.invalid-token\"");
        }
    }

    @Test
    void aSystemRegistersAPatientThroughTheRestApiAndTheRecordNamesTheSystem() {
        String nhs = Fixtures.nextNhsNumber();
        var write = call("POST", token("epr-northgate", "ZZ000", "api.write"), "/api/v1/patients",
                "{\"nhsNumber\":\"" + nhs + "\",\"givenName\":\"Alma\",\"familyName\":\"Brook\","
                        + "\"dateOfBirth\":\"1950-01-01\",\"address\":\"3 Weir Street\",\"postcode\":\"NG2 4AB\"}");
        assertThat(write.status()).as(write.body()).isEqualTo(201);
        assertThat(jdbc.sql("select created_by_system from patient where nhs_number = ? and created_by is null")
                .param(nhs).query(String.class).single()).isEqualTo("system:epr-northgate");
        assertThat(jdbc.sql("select actor_username from audit_event where action = 'patient.create-patient' "
                + "and patient_id = (select id from patient where nhs_number = ?)").param(nhs).query(String.class)
                .list()).containsExactly("system:epr-northgate");
    }

    @Test
    void h77_aSystemIsNotStaff_policyRefusesWhatOnlyStaffMayDoEvenWithApiWrite() {
        UUID colleague = fixtures.user("pt.demo").staffId();
        var thanks = call("POST", token("epr-northgate", "ZZ000", "api.write"), "/api/v1/staff/" + colleague
                + "/thanks", "{\"message\":\"Thank you for covering the ward\"}");
        assertThat(thanks.status()).isEqualTo(403);
        assertThat(thanks.contentType()).startsWith("application/problem+json");
        assertThat(thanks.body()).contains("\"code\":\"policy.not-permitted\"");

        var triage = call("POST", token("epr-northgate", "ZZ000", "api.write"), "/api/v1/referrals/"
                + UUID.randomUUID() + "/decision", "{\"outcome\":\"REJECTED\",\"note\":\"Not for us\"}");
        assertThat(triage.status()).isEqualTo(403);
        assertThat(triage.body()).contains("\"code\":\"policy.not-permitted\"");
    }
}
