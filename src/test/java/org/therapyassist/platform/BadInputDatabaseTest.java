package org.therapyassist.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.careplans.Episode;
import org.therapyassist.competence.PassportSignature;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Every kind of bad input the trust's fuzz drills sent, each answered with the right status and nothing saved: never
 * a 500, never a misleading conflict. Raw requests go to the real server where only Tomcat's own parsing shows the
 * problem (a stray % escape, a NUL in a parameter name, a refused CSRF token).
 */
@IntegrationTest
class BadInputDatabaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    String newPatient(String dateOfBirth) {
        return """
                {"nhsNumber": "%s", "givenName": "Bad", "familyName": "Input", "dateOfBirth": "%s",
                 "address": "1 Test Street", "postcode": "NG1 1AA"}""".formatted(Fixtures.nextNhsNumber(), dateOfBirth);
    }

    @Test
    void impossibleDatesAreRefusedAsFieldErrorsNotStoredOrCrashed() throws Exception {
        long patients = rows("patient");
        for (String dob : new String[]{"-0001-05-06", "+999999999-12-31", "1899-12-31", "infinity", "2026-02-30"}) {
            mvc.perform(as("pt.demo", post("/api/v1/patients")).content(newPatient(dob)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")));
        }
        assertThat(rows("patient")).isEqualTo(patients);

        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        String worker = fixtures.user("hca.demo").staffId().toString();
        long delegations = rows("delegation");
        mvc.perform(as("pt.demo", post("/api/v1/delegations")).content("""
                {"patientId": "%s", "episodeId": "%s", "taskType": "EXERCISE_PROGRAMME", "workerId": "%s",
                 "instructions": "Sit to stand", "frequency": "DAILY", "timeOfDay": "MORNING",
                 "startsOn": "+999999999-12-31", "endsOn": "+999999999-12-31", "escalationCriteria": "Stop if dizzy",
                 "patientRisks": "Falls", "consent": "GIVEN", "supervision": "REMOTE", "contactInstructions": "Bleep",
                 "reviewOn": "+999999999-12-31", "checkBestInterest": true, "checkWithinRole": true,
                 "checkAppropriateNow": true, "checkConsent": true, "checkCompetentAndConfident": true,
                 "checkCanReportBack": true}""".formatted(episode.patientId(), episode.id(), worker)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("startsOn")));
        assertThat(rows("delegation")).isEqualTo(delegations);

        // A loan "returned by infinity" is a slip, not a plan.
        UUID store = jdbc.sql("select id from equipment_store where name = 'Northgate community base'")
                .query(UUID.class).single();
        mvc.perform(as("pt.demo", post("/api/v1/equipment/loans")).content("""
                {"patientId": "%s", "storeId": "%s", "itemCode": "WALKING_FRAME", "quantity": 1,
                 "instructions": "Taught", "expectedReturnOn": "infinity"}""".formatted(episode.patientId(), store)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("expectedReturnOn")));
        mvc.perform(as("pt.demo", post("/api/v1/equipment/loans")).content("""
                {"patientId": "%s", "storeId": "%s", "itemCode": "WALKING_FRAME", "quantity": 1,
                 "instructions": "Taught", "expectedReturnOn": "+999999999-12-31"}""".formatted(episode.patientId(),
                store)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("expectedReturnOn")));
        // The same bounds hold for dates in a query string.
        mvc.perform(as("lead.demo", get("/api/v1/reports/contributions?from=+999999999-12-31&to=+999999999-12-31")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aFractionWhereAWholeNumberIsExpectedIsRefusedNotTruncated() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        String url = "/api/v1/patients/" + episode.patientId() + "/measure-results";
        long results = rows("measure_result");
        mvc.perform(as("pt.demo", post(url)).content("""
                {"measureKey": "PAIN_NRS", "effectiveOn": "%s", "items": [9.9]}""".formatted(fixtures.today())))
                .andExpect(status().isBadRequest());
        mvc.perform(as("pt.demo", post("/api/v1/pulse")).content(
                "{\"feelValued\": 4.9, \"wouldRecommend\": 4, \"thinkingOfLeaving\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("feelValued"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number"));
        assertThat(rows("measure_result")).isEqualTo(results);
    }

    @Test
    void aNulByteInTextIsAFieldErrorNotAConflict() throws Exception {
        long patients = rows("patient");
        mvc.perform(
                as("pt.demo", post("/api/v1/patients")).content(newPatient("1940-05-06").replace("Bad", "Ba\\u0000d")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("givenName"))
                .andExpect(jsonPath("$.errors[0].message").value(InputRules.CONTROL_CHARACTERS));
        assertThat(rows("patient")).isEqualTo(patients);
    }

    @Test
    void aLoanForAPatientWhoDoesNotExistIsNotFound() throws Exception {
        UUID store = jdbc.sql("select id from equipment_store where name = 'Northgate community base'")
                .query(UUID.class).single();
        long loans = rows("equipment_loan");
        mvc.perform(as("pt.demo", post("/api/v1/equipment/loans")).content(
                """
                        {"patientId": "%s", "storeId": "%s", "itemCode": "WALKING_FRAME", "quantity": 1, "instructions": "Taught"}"""
                        .formatted(UUID.randomUUID(), store)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(rows("equipment_loan")).isEqualTo(loans);
        mvc.perform(as("pt.demo", get("/api/v1/patients/not-an-id"))).andExpect(status().isNotFound());
    }

    @Test
    void aPassportSignedWithAnUnknownKeyIsAClearAnswerNotAServerError() throws Exception {
        PassportSignature.Keys stranger = PassportSignature.newKeys();
        byte[] payload = "{}".getBytes(StandardCharsets.UTF_8);
        String passport = """
                {"format": "therapy-assist-passport/1", "keyId": "%s", "publicKey": "%s", "payload": "%s", "signature": "%s"}"""
                .formatted(stranger.keyId(), stranger.publicKey(), Base64.getEncoder().encodeToString(payload),
                        PassportSignature.sign(payload, stranger.privateKey()));
        mvc.perform(as("lead.demo", post("/api/v1/passports/verify")).content(passport)).andExpect(status().isOk())
                .andExpect(jsonPath("$.issuerTrusted").value(false));
        String hannah = fixtures.user("hca.demo").staffId().toString();
        mvc.perform(as("lead.demo", post("/api/v1/staff/" + hannah + "/passports")).content(passport))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as("lead.demo", post("/api/v1/passports/verify")).content("{\"keyId\": \"abc\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("payload")));
    }

    @Test
    void aBadPercentEscapeOrANulInAParameterNameIsABadRequestOnTheRealServer() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("pt.demo:demo".getBytes(StandardCharsets.UTF_8));
        for (String body : new String[]{"reason=%zz", "rea%00son=x", "reason=a%00b"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/v1/delegations/" + UUID.randomUUID() + "/cancel"))
                    .header("Authorization", auth).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).as(body).contains("\"code\":\"request.invalid\"");
        }
        // Refused before sign-in and before Spring MVC: still in the caller's language.
        HttpResponse<String> welsh = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/delegations/" + UUID.randomUUID() + "/cancel"))
                .header("Authorization", auth).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "cy").POST(HttpRequest.BodyPublishers.ofString("rea%00son=x")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(welsh.statusCode()).isEqualTo(400);
        assertThat(welsh.body()).contains(Messages.text(Languages.WELSH, "platform.api.control-name").replace("\"",
                "'")).doesNotContain(Messages.text(Languages.ENGLISH, "platform.api.control-name"));
        // A query string no client library would send: written by hand on a socket.
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("GET /api/v1/patients?q=%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth
                            + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void aFormWithAStaleCsrfTokenIsTurnedAwayWithAPageThatSaysSoNotAMethodError() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=pt.demo&password=demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        long patients = rows("patient");
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(base + "/patients"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("givenName=Stale&_csrf=not-the-token")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).as(refused.body()).contains("This form cannot be sent");
        assertThat(rows("patient")).isEqualTo(patients);
    }

    @Test
    void anUnknownAddressOrAWrongContentTypeUnderTheApiIsProblemJson() throws Exception {
        mvc.perform(as("pt.demo", get("/api/v1/no-such-thing"))).andExpect(status().isNotFound());
        HttpClient client = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("pt.demo:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/no-such-thing")).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(missing.body()).contains("\"code\":\"not-found\"");
        HttpResponse<String> xml = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/patients")).header("Authorization", auth).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<patient/>")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(xml.statusCode()).isEqualTo(415);
        assertThat(xml.body()).contains("\"code\":\"request.media-type\"");
    }
}
