package org.therapyassist.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** The REST API as a client sees it: every journey, every refusal with its stable code, and bad input. */
@IntegrationTest
class ApiContractTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    String patientWithEpisode() throws Exception {
        String nhs = Fixtures.nextNhsNumber();
        String body = mvc.perform(as("pt.demo", post("/api/v1/patients")).content("""
                {"nhsNumber": "%s", "givenName": "Api", "familyName": "Tester", "dateOfBirth": "1940-05-06",
                 "address": "2 Mill Street, Northgate", "postcode": "NG2 3CD",
                 "alerts": [{"kind": "FALLS_RISK", "note": "Fell last month"}]}""".formatted(nhs)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nhsNumberFormatted")
                        .value(nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6)))
                .andReturn().getResponse().getContentAsString();
        String patientId = JsonPath.read(body, "$.id");
        String team = fixtures.user("pt.demo").teamId().toString();
        String episode = mvc
                .perform(as("pt.demo", post("/api/v1/patients/" + patientId + "/episodes")).content(
                        """
                                {"referralReason": "Stroke", "category": "NEUROLOGICAL", "setting": "WARD", "location": "Ward 7, bed 2", "teamId": "%s"}"""
                                .formatted(team)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return patientId + "," + JsonPath.read(episode, "$.id");
    }

    String delegationBody(String patientId, String episodeId, String task, String worker, String consent) {
        var today = fixtures.today();
        return """
                {"patientId": "%s", "episodeId": "%s", "taskType": "%s", "workerId": "%s",
                 "instructions": "Sit to stand x 8", "frequency": "DAILY", "timeOfDay": "MORNING",
                 "startsOn": "%s", "endsOn": "%s", "escalationCriteria": "Stop if dizzy", "patientRisks": "Falls",
                 %s "supervision": "REMOTE", "contactInstructions": "Bleep 4412", "reviewOn": "%s",
                 "checkBestInterest": true, "checkWithinRole": true, "checkAppropriateNow": true, "checkConsent": true,
                 "checkCompetentAndConfident": true, "checkCanReportBack": true}"""
                .formatted(patientId, episodeId, task, worker, today, today.plusWeeks(2),
                        consent == null ? "" : "\"consent\": \"" + consent + "\",", today.plusWeeks(1));
    }

    @Test
    void theDelegationLoopThroughTheApi() throws Exception {
        String[] ids = patientWithEpisode().split(",");
        // A band 2 worker (her records need countersigning) with the programme and TUG sign-offs in date.
        CurrentUser worker = fixtures.newSupportWorker(2, "3.01", "3.07");
        String hca = worker.staffId().toString();
        String created = mvc.perform(as("pt.demo", post("/api/v1/delegations"))
                .content(delegationBody(ids[0], ids[1], "EXERCISE_PROGRAMME", hca, "GIVEN")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OFFERED"))
                .andExpect(jsonPath("$.delegatorRegistration").value(notNullValue()))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(as(worker.username(), get("/api/v1/my-day"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.toAnswer[*].id", hasItem(id)));
        mvc.perform(as(worker.username(), post("/api/v1/delegations/" + id + "/accept"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(as(worker.username(), post("/api/v1/delegations/" + id + "/accept")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").exists());
        String record = mvc
                .perform(as(worker.username(), post("/api/v1/session-records")).content(
                        """
                                {"delegationId": "%s", "performedOn": "%s", "activities": [{"activity": "Sit to stand", "setsDone": 3, "repetitionsDone": 8}],
                                 "patientResponse": "Tolerated well", "painBefore": 3, "painAfter": 2, "tugSeconds": 14.5,
                                 "escalation": "Became breathless; stopped. Please review."}"""
                                .formatted(id, fixtures.today())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        String recordId = JsonPath.read(record, "$.id");
        mvc.perform(as("pt.demo", get("/api/v1/inbox"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.escalations.items[*].delegationId", hasItem(id)));
        mvc.perform(as(worker.username(), post("/api/v1/session-records/" + recordId + "/sign")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.awaitingCountersign").value(true));
        mvc.perform(as(worker.username(), post("/api/v1/session-records/" + recordId + "/sign")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("record.already-signed"));
        mvc.perform(as(worker.username(), post("/api/v1/session-records/" + recordId + "/amendments"))
                .content("{\"reason\": \"Wrong TUG\", \"text\": \"TUG was 15.4 s\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.amendments[0].reason").value("Wrong TUG"))
                .andExpect(jsonPath("$.tugSeconds").value(14.5));
        mvc.perform(as("pt.demo", post("/api/v1/session-records/" + recordId + "/countersign")).content("{}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.countersignature.byName").value("Priya Raman"));
        mvc.perform(as("pt.demo", post("/api/v1/session-records/" + recordId + "/countersign")).content("{}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("record.already-countersigned"));
        mvc.perform(as("pt.demo", get("/api/v1/patients/" + ids[0] + "/timeline"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind", hasItem("countersigned")));
        mvc.perform(as("lead.demo", get("/api/v1/audit").param("patientId", ids[0]))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", hasItem("patient.countersign-record")));
        mvc.perform(as("pt.demo", get("/api/v1/audit").param("patientId", ids[0]))).andExpect(status().isForbidden());
    }

    @Test
    void eachRefusalCarriesItsStableCode() throws Exception {
        String[] ids = patientWithEpisode().split(",");
        String hca = fixtures.user("hca.demo").staffId().toString();
        String sw = fixtures.user("sw.demo").staffId().toString();
        mvc.perform(as("pt.demo", post("/api/v1/delegations"))
                .content(delegationBody(ids[0], ids[1], "HOIST_TRANSFER", hca, "GIVEN")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("delegation.not-competent"))
                .andExpect(jsonPath("$.competentColleagues[*].name", hasItem("Megan Price")));
        mvc.perform(as("pt.demo", post("/api/v1/delegations"))
                .content(delegationBody(ids[0], ids[1], "HOIST_TRANSFER", sw, "GIVEN")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("delegation.competency-expired"));
        mvc.perform(as("pt.demo", post("/api/v1/delegations"))
                .content(delegationBody(ids[0], ids[1], "STAIR_PRACTICE", hca, "GIVEN")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("delegation.stage-too-low"));
        mvc.perform(as("pt.demo", post("/api/v1/delegations"))
                .content(delegationBody(ids[0], ids[1], "EXERCISE_PROGRAMME", hca, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("delegation.no-consent"));
        mvc.perform(as("sw.demo", post("/api/v1/delegations"))
                .content(delegationBody(ids[0], ids[1], "EXERCISE_PROGRAMME", hca, "GIVEN")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("delegation.delegator-not-registered"));
        assertNoDelegations(ids[0]);
    }

    void assertNoDelegations(String patientId) {
        Assertions.assertThat(jdbc.sql("select count(*) from delegation where patient_id = ?")
                .param(UUID.fromString(patientId)).query(Long.class).single()).isZero();
    }

    @Test
    void badInputGetsFieldErrorsAndChangesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from patient").query(Long.class).single();
        mvc.perform(as("pt.demo", post("/api/v1/patients")).content("""
                {"nhsNumber": "9434765918", "givenName": "", "familyName": "X", "dateOfBirth": "2190-01-01",
                 "address": "1 Road", "postcode": "nonsense"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nhsNumber")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("givenName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("postcode")));
        mvc.perform(as("pt.demo", post("/api/v1/patients")).content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("request.unreadable"));
        mvc.perform(as("pt.demo", post("/api/v1/patients")).content("{\"dateOfBirth\": \"yesterday\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
        mvc.perform(as("pt.demo", post("/api/v1/patients")).content("{\"alerts\": [{\"kind\": \"NOT_A_KIND\"}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("alerts[0].kind"));
        String[] ids = patientWithEpisode().split(",");
        var today = fixtures.today();
        mvc.perform(
                as("pt.demo", post("/api/v1/delegations")).content(delegationBody(ids[0], ids[1], "EXERCISE_PROGRAMME",
                        fixtures.user("hca.demo").staffId().toString(), "GIVEN")
                        .replace("\"endsOn\": \"" + today.plusWeeks(2),
                                "\"endsOn\": \"" + today.minusDays(1))
                        .replace("\"checkCanReportBack\": true", "\"checkCanReportBack\": false")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("checkCanReportBack")));
        mvc.perform(
                as("pt.demo", post("/api/v1/delegations")).content(delegationBody(ids[0], ids[1], "EXERCISE_PROGRAMME",
                        fixtures.user("hca.demo").staffId().toString(), "GIVEN")
                        .replace("\"endsOn\": \"" + today.plusWeeks(2),
                                "\"endsOn\": \"" + today.minusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("endsOn")));
        mvc.perform(as("pt.demo", post("/api/v1/delegations")).content(delegationBody(ids[0], ids[1], "NO_SUCH_TASK",
                fixtures.user("hca.demo").staffId().toString(), "GIVEN")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("taskType"));
        assertNoDelegations(ids[0]);
        Assertions.assertThat(jdbc.sql("select count(*) from patient").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    void duplicatesUnknownIdsAndForbiddenAreClear() throws Exception {
        mvc.perform(as("pt.demo", get("/api/v1/patients/" + UUID.randomUUID()))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("patient.not-found"));
        mvc.perform(as("pt.demo", get("/api/v1/patients/not-a-uuid"))).andExpect(status().isNotFound());
        mvc.perform(as("pt.demo", get("/api/v1/delegations/" + UUID.randomUUID()))).andExpect(status().isNotFound());
        mvc.perform(as("pt.demo", post("/api/v1/session-records/" + UUID.randomUUID() + "/sign")))
                .andExpect(status().isNotFound());
        mvc.perform(as("hca.demo", get("/api/v1/inbox"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("inbox.registrant-only"));
        mvc.perform(as("pt.demo", get("/api/v1/team-overview"))).andExpect(status().isForbidden());
        mvc.perform(as("lead.demo", get("/api/v1/team-overview"))).andExpect(status().isOk());
        String nhs = Fixtures.nextNhsNumber();
        String body = """
                {"nhsNumber": "%s", "givenName": "Dup", "familyName": "Licate", "dateOfBirth": "1950-01-01",
                 "address": "1 Road, Northgate", "postcode": "NG1 1AA"}""".formatted(nhs);
        mvc.perform(as("pt.demo", post("/api/v1/patients")).content(body)).andExpect(status().isCreated());
        mvc.perform(as("pt.demo", post("/api/v1/patients")).content(body)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("patient.duplicate-nhs-number"));
        mvc.perform(as("hca.demo", post("/api/v1/patients")).content(body)).andExpect(status().isForbidden());
    }

    @Test
    void unauthenticatedApiCallsGet401AndPagesHaveSecurityHeaders() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.required"));
        mvc.perform(get("/api/v1/me").with(httpBasic("pt.demo", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(as("pt.demo", get("/api/v1/me"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.staff.name").value("Priya Raman"))
                .andExpect(jsonPath("$.roles", hasItem("REGISTRANT")));
        mvc.perform(as("pt.demo", get("/api/v1/task-types"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("HOIST_TRANSFER")));
        mvc.perform(as("pt.demo", get("/api/v1/task-types/HOIST_TRANSFER/competent-staff"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Megan Price")))
                .andExpect(jsonPath("$[*].name", Matchers.not(hasItem("Sam Whitaker"))));
        mvc.perform(as("pt.demo", get("/api/v1/task-types/NOPE/competent-staff"))).andExpect(status().isNotFound());
        mvc.perform(as("pt.demo", get("/api/v1/staff"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Hannah Caldwell")));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/delegations/{id}/accept']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/session-records/{id}/countersign']").exists());
    }

    @Test
    void competencySignOffThroughTheApi() throws Exception {
        String ravi = fixtures.user("ravi.ssw").staffId().toString();
        String request = mvc.perform(as("ravi.ssw", post("/api/v1/sign-off-requests"))
                .content("{\"competencyCode\": \"3.05\", \"note\": \"Ready\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(as("ravi.ssw", get("/api/v1/sign-off-requests"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((String) JsonPath.read(request, "$.id"))));
        mvc.perform(as("ravi.ssw", post("/api/v1/staff/" + ravi + "/sign-offs"))
                .content("{\"competencyCode\": \"3.05\", \"signedOn\": \"%s\", \"method\": \"OBSERVED\"}"
                        .formatted(fixtures.today())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("signoff.assessor-not-registered"));
        mvc.perform(as("daniel.pt", post("/api/v1/staff/" + ravi + "/sign-offs"))
                .content(
                        "{\"competencyCode\": \"3.05\", \"signedOn\": \"%s\", \"method\": \"OBSERVED\", \"expiresOn\": \"%s\"}"
                                .formatted(fixtures.today(), fixtures.today().plusYears(3))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
        String created = mvc.perform(as("daniel.pt", post("/api/v1/staff/" + ravi + "/sign-offs"))
                .content("{\"competencyCode\": \"3.05\", \"signedOn\": \"%s\", \"method\": \"OBSERVED\"}"
                        .formatted(fixtures.today())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(as("daniel.pt", post("/api/v1/sign-offs/" + id + "/revoke")).content("{\"reason\": \"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("daniel.pt", post("/api/v1/sign-offs/" + id + "/revoke"))
                .content("{\"reason\": \"Assessed the wrong worker\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(as("daniel.pt", post("/api/v1/sign-offs/" + id + "/revoke")).content("{\"reason\": \"Again\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("signoff.already-revoked"));
        mvc.perform(as("daniel.pt", get("/api/v1/staff/" + ravi + "/competencies"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].inDate").value(hasItem(false)));
    }

    @Test
    void thePulseThroughTheApiIsAnsweredOnceAndOnlyLeadsSeeResults() throws Exception {
        mvc.perform(as("tom.ap", post("/api/v1/pulse")).content("{\"feelValued\": 9, \"wouldRecommend\": 3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("feelValued")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("thinkingOfLeaving")));
        mvc.perform(as("tom.ap", post("/api/v1/pulse"))
                .content("{\"feelValued\": 4, \"wouldRecommend\": 4, \"thinkingOfLeaving\": 2}"))
                .andExpect(status().isNoContent());
        mvc.perform(as("tom.ap", get("/api/v1/pulse"))).andExpect(jsonPath("$.answeredThisMonth").value(true));
        mvc.perform(as("tom.ap", post("/api/v1/pulse"))
                .content("{\"feelValued\": 4, \"wouldRecommend\": 4, \"thinkingOfLeaving\": 2}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("pulse.already-answered"));
        mvc.perform(as("tom.ap", get("/api/v1/pulse/results"))).andExpect(status().isForbidden());
        mvc.perform(as("lead.demo", get("/api/v1/pulse/results"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.months[*].groups[?(@.shown == false)].feelValued")
                        .value(Matchers.everyItem(Matchers.nullValue())))
                .andExpect(jsonPath("$.months[*].groups[?(@.shown == false)].reason")
                        .value(Matchers.everyItem(Matchers.notNullValue())))
                .andExpect(jsonPath("$.months[*].month")
                        .value(Matchers.not(hasItem(fixtures.today().withDayOfMonth(1).toString()))))
                .andExpect(jsonPath("$.nextReleasedOn").exists());
    }

    @Test
    void thanksReachThePersonAndNobodyThanksThemselves() throws Exception {
        String megan = fixtures.user("megan.ap").staffId().toString();
        mvc.perform(as("pt.demo", post("/api/v1/staff/" + megan + "/thanks")).content("{\"message\": \" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("message"));
        mvc.perform(
                as("megan.ap", post("/api/v1/staff/" + megan + "/thanks")).content("{\"message\": \"Well done me\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("thanks.self"));
        mvc.perform(as("pt.demo", post("/api/v1/staff/" + megan + "/thanks"))
                .content("{\"about\": \"Hoist transfer\", \"message\": \"Calm and safe with a frightened patient.\"}"))
                .andExpect(status().isCreated());
        mvc.perform(as("megan.ap", get("/api/v1/staff/" + megan + "/thanks"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].fromName").value("Priya Raman"))
                .andExpect(jsonPath("$[0].about").value("Hoist transfer"));
        mvc.perform(as("pt.demo", post("/api/v1/staff/" + UUID.randomUUID() + "/thanks"))
                .content("{\"message\": \"Thanks\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void supervisionIsRecordedWithAWellbeingCheckAndOverdueWorkersAreListed() throws Exception {
        String ben = fixtures.user("ben.ssw").staffId().toString();
        var today = fixtures.today();
        mvc.perform(as("grace.pt", post("/api/v1/staff/" + ben + "/supervision")).content(
                "{\"heldOn\": \"%s\", \"kind\": \"CLINICAL\", \"discussed\": \"\", \"nextDueOn\": \"%s\"}"
                        .formatted(today, today.plusWeeks(12))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("discussed")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("wellbeing")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nextDueOn")));
        mvc.perform(as("ben.ssw", post("/api/v1/staff/" + ben + "/supervision")).content(
                "{\"heldOn\": \"%s\", \"kind\": \"PEER\", \"discussed\": \"x\", \"wellbeing\": \"GOOD\"}"
                        .formatted(today)))
                .andExpect(status().isForbidden());
        mvc.perform(as("grace.pt", post("/api/v1/staff/" + ben + "/supervision")).content(
                "{\"heldOn\": \"%s\", \"kind\": \"CLINICAL\", \"discussed\": \"Lone working on visits\", \"wellbeing\": \"SOME_CONCERNS\"}"
                        .formatted(today)))
                .andExpect(status().isCreated());
        mvc.perform(as("ben.ssw", get("/api/v1/staff/" + ben + "/supervision"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].nextDueOn").value(today.plusWeeks(6).toString()));
        mvc.perform(as("lead.demo", get("/api/v1/reports/supervision"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'Hannah Caldwell')].overdue").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.name == 'Aisha Khan')].overdue").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.name == 'Ben Hughes')].overdue").value(hasItem(false)));
        mvc.perform(as("sw.demo", get("/api/v1/reports/supervision"))).andExpect(status().isForbidden());
    }

    @Test
    void pageFormsNeedACsrfToken() throws Exception {
        mvc.perform(post("/patients")
                .with(SecurityMockMvcRequestPostProcessors
                        .user("pt.demo").roles("REGISTRANT"))
                .param("nhsNumber", "9434765919"))
                .andExpect(status().isForbidden());
    }

    @Test
    void repeatedWrongPasswordsMakeThatAddressWaitWithoutLockingTheOwnerOut() throws Exception {
        // A fresh account with the demo password, so that no other test meets this one's throttle.
        CurrentUser chloe = fixtures.user("chloe.sw");
        String username = "lockout." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql(
                "insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, family_name, "
                        + "job_role, band, enabled) select ?, organisation_id, team_id, ?, password_hash, 'Lock', 'Out', "
                        + "job_role, band, true from staff_member where id = ?")
                .params(UUID.randomUUID(), username, chloe.staffId()).update();
        RequestPostProcessor stranger = from("203.0.113.77");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(username, "guess" + i)).with(stranger))
                    .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("auth.failed"));
        }
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "demo")).with(stranger))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesRegex("59\\d|600")))
                .andExpect(jsonPath("$.code").value("auth.too-many-attempts"))
                .andExpect(jsonPath("$.detail").value(containsString("Wait 10 minutes")));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "demo")).with(from("203.0.113.78")))
                .andExpect(status().isOk());
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
