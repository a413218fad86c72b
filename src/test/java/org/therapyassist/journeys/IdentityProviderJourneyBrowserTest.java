package org.therapyassist.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.support.Fixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff and systems signing in through a real identity provider, nothing mocked: Keycloak ({@link KeycloakServer})
 * with a realm whose tokens carry CIS2-shaped claims ({@code nhsid_nrbac_roles}, {@code selected_roleid}, and
 * {@code org_code} on the EPR's client-credentials tokens). The service runs with its own context and database, OIDC
 * sign-in and bearer tokens pointed at Keycloak, and HTTP Basic off as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("keycloak")
@EnabledIfEnvironmentVariable(named = "TA_TEST_KEYCLOAK", matches = "1|true")
class IdentityProviderJourneyBrowserTest extends BrowserJourney {

    static final String NHS_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PatientRecords patients;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        KeycloakServer keycloak = KeycloakServer.shared();
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:therapy-identity;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("therapy-assist.identity.oidc.issuer-uri", keycloak::issuer);
        registry.add("therapy-assist.identity.oidc.client-id", () -> "therapy-assist");
        registry.add("therapy-assist.identity.oidc.client-secret", () -> "therapy-assist-test-secret");
        // The test realm defines its own client scopes (the SMART ones) and maps the claims on the client itself.
        registry.add("therapy-assist.identity.oidc.scopes", () -> "openid");
        registry.add("therapy-assist.identity.api-tokens.issuer-uri", keycloak::issuer);
        registry.add("therapy-assist.identity.api-tokens.public-key-location", () -> "");
        registry.add("therapy-assist.identity.api-basic-auth", () -> "false");
    }

    Page signInAtKeycloak(String username, String password) {
        Page page = browser.anonymous();
        page.navigate("/my-day");
        assertThat(page.url()).contains("/login");
        page.getByTestId("identity-provider-sign-in").click();
        page.waitForURL(Pattern.compile(".*/realms/nhs-test/.*"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#kc-login");
        page.waitForLoadState();
        return page;
    }

    @Test
    void h65_aSupportWorkerSignsInThroughKeycloakLandsOnMyDayAndSigningOutEndsBothSessions() {
        Instant before = Instant.now().minusSeconds(1);
        Page page = signInAtKeycloak("ravi.ssw", "Smartcard-rs-1");
        assertThat(page.url()).endsWith("/my-day");
        assertThat(page.locator("header").innerText()).contains("Ravi Sharma");
        BrowserSupport.assertAccessible(page);
        OffsetDateTime last = jdbc.sql("select last_signed_in_at from staff_member where username = 'ravi.ssw'")
                .query(OffsetDateTime.class).single();
        assertThat(last.toInstant()).isAfter(before);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(Pattern.compile(".*/login\\?signedout.*"));
        assertThat(page.content()).contains("You have signed out.");
        // Both sessions are over: the service asks again, and so does Keycloak (its password form, not a way back in).
        page.navigate("/my-day");
        assertThat(page.url()).contains("/login");
        page.getByTestId("identity-provider-sign-in").click();
        page.waitForURL(Pattern.compile(".*/realms/nhs-test/.*"));
        assertThat(page.locator("#password").isVisible()).isTrue();
    }

    @Test
    void aPersonWithoutAStaffRecordGetsAClearPageNotA500() {
        Page page = signInAtKeycloak("kc.visitor", "Smartcard-vv-1");
        assertThat(page.url()).contains("/login/refused?reason=no-staff-record");
        assertThat(page.getByTestId("refused-heading").innerText())
                .isEqualTo("You do not have a Therapy Assist account");
        assertThat(page.getByTestId("who-to-ask").innerText()).contains("administrator");
        assertThat(page.request().get(page.url()).status()).isEqualTo(403);
        BrowserSupport.assertAccessible(page);
        page.navigate("/my-day");
        assertThat(page.url()).contains("/login");
    }

    @Test
    void h64_theEprReadsItsOrganisationsPatientWithAClientCredentialsTokenAndNothingMore() throws Exception {
        UUID patientId = fixtures.patientWithEpisode(fixtures.user("pt.demo")).patientId();
        String nhsNumber = jdbc.sql("select nhs_number from patient where id = ?").param(patientId)
                .query(String.class).single();
        String search = "/fhir/Patient?identifier=" + URLEncoder.encode(NHS_SYSTEM + "|" + nhsNumber,
                StandardCharsets.UTF_8);

        String token = clientCredentials("system/Patient.read");
        var found = get(token, search);
        assertThat(found.statusCode()).isEqualTo(200);
        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, found.body());
        assertThat(bundle.getEntry()).singleElement()
                .satisfies(e -> assertThat(e.getResource().getIdElement().getIdPart()).isEqualTo(patientId.toString()));
        assertThat(jdbc.sql("select count(*) from audit_event where patient_id = ? and actor_username = ?")
                .params(patientId, "system:epr-system").query(Long.class).single()).isPositive();

        // Without the scope: refused, as an OperationOutcome.
        var unscoped = get(clientCredentials(null), search);
        assertThat(unscoped.statusCode()).isEqualTo(403);
        assertThat(unscoped.body()).contains("OperationOutcome", "system/Patient.read");

        // Another organisation's patient: neither found nor read.
        UUID elsewhere = otherOrganisationsPatient();
        assertThat(get(token, "/fhir/Patient/" + elsewhere).statusCode()).isEqualTo(404);

        // HTTP Basic is off outside the demo: a password on the API is not a way in.
        var basic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/patients?q=Test")).header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("pt.demo:demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(401);
    }

    @Test
    void h77_theEprSendsAPatientAndAReferralWithItsKeycloakTokenAndTheyAreRecordedAsSentByIt() throws Exception {
        String token = clientCredentials("system/Patient.write system/ServiceRequest.write");
        FhirContext fhir = FhirContext.forR4Cached();
        String nhsNumber = Fixtures.nextNhsNumber();
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(NHS_SYSTEM).setValue(nhsNumber);
        patient.addName().setFamily("Keycloak").addGiven("Ada");
        patient.setBirthDateElement(new DateType("1946-02-11"));
        patient.addAddress().addLine("2 Quay Street").setCity("Northgate").setPostalCode("NG2 1AB");
        var sentPatient = post(token, "/fhir/Patient", fhir.newJsonParser().encodeResourceToString(patient),
                "identifier=" + NHS_SYSTEM + "|" + nhsNumber);
        assertThat(sentPatient.statusCode()).as(sentPatient.body()).isEqualTo(201);
        String patientId = fhir.newJsonParser().parseResource(Patient.class, sentPatient.body()).getIdElement()
                .getIdPart();

        ServiceRequest referral = new ServiceRequest();
        String referralId = "KC-" + UUID.randomUUID();
        referral.addIdentifier().setSystem("https://epr.example.nhs.uk/Id/referral").setValue(referralId);
        referral.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        referral.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        referral.setPriority(ServiceRequest.ServiceRequestPriority.ROUTINE);
        referral.addCategory().addCoding().setSystem("http://snomed.info/sct").setCode("722140001")
                .setDisplay("Physiotherapy service");
        referral.setSubject(new Reference("Patient/" + patientId));
        referral.setRequester(new Reference().setDisplay("Dr K Osei, Ward 3"));
        referral.addPerformer(new Reference("CareTeam/" + fixtures.user("pt.demo").teamId()));
        referral.addReasonCode().setText("Unsteady since discharge; two near-falls");
        referral.setAuthoredOnElement(new DateTimeType(LocalDate.now().toString()));
        var sentReferral = post(token, "/fhir/ServiceRequest", fhir.newJsonParser().encodeResourceToString(referral),
                null);
        assertThat(sentReferral.statusCode()).as(sentReferral.body()).isEqualTo(201);
        assertThat(jdbc.sql("select recorded_by_system from referral where sender_id = ? and recorded_by is null")
                .param(referralId).query(String.class).single()).isEqualTo("system:epr-system");

        // Reading is another scope: a write-only token cannot read back what it sent.
        assertThat(get(token, "/fhir/Patient/" + patientId).statusCode()).isEqualTo(403);
    }

    HttpResponse<String> post(String token, String path, String body, String ifNoneExist)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/fhir+json").header("Content-Type", "application/fhir+json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body));
        if (ifNoneExist != null) {
            request.header("If-None-Exist", ifNoneExist);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String clientCredentials(String scope) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=epr-system&client_secret=epr-system-test-secret"
                + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(KeycloakServer.shared()
                .issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(answer.body()).get("access_token").asString();
    }

    HttpResponse<String> get(String token, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/fhir+json").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    UUID otherOrganisationsPatient() {
        UUID organisation = UUID.randomUUID();
        UUID staff = UUID.randomUUID();
        String username = "kc-" + staff.toString().substring(0, 13);
        jdbc.sql("insert into organisation (id, name, ods_code) values (?, ?, ?)")
                .params(organisation, "Other identity test service", "ZZ9" + staff.toString().substring(0, 3)).update();
        jdbc.sql("insert into staff_member (id, organisation_id, username, password_hash, given_name, family_name, "
                + "job_role, band, hcpc_number, enabled) select ?, ?, ?, password_hash, 'Other', 'Physio', "
                + "'PHYSIOTHERAPIST', 6, 'PH999998', true from staff_member where username = 'pt.demo'")
                .params(staff, organisation, username).update();
        return patients.register(fixtures.user(username), new NewPatient(Fixtures.nextNhsNumber(), "Other", "Patient",
                LocalDate.of(1950, 1, 1), "1 Other Street", "LS1 4AB", null, null)).id();
    }
}
