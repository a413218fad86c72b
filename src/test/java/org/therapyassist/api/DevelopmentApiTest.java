package org.therapyassist.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Training, evidence, PDP and learning time through the API, with the refusals and their codes. */
@IntegrationTest
class DevelopmentApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    String id(String user) {
        return fixtures.user(user).staffId().toString();
    }

    String upload(String user, String staff, MockMultipartFile file, int expected) throws Exception {
        return mvc.perform(multipart("/api/v1/staff/" + staff + "/evidence").file(file).with(httpBasic(user, "demo")))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aSupportWorkerUploadsACertificateAndRecordsTrainingThatALeadSees() throws Exception {
        String chloe = id("chloe.sw");
        String uploaded = upload("chloe.sw", chloe,
                new MockMultipartFile("file", "../BLS certificate.pdf", "application/pdf",
                        "%PDF-1.7\nbls\n%%EOF".getBytes()),
                201);
        String evidenceId = JsonPath.read(uploaded, "$.id");
        mvc.perform(as("chloe.sw", post("/api/v1/staff/" + chloe + "/training")).content(
                """
                        {"courseCode": "BASIC_LIFE_SUPPORT", "completedOn": "%s", "provider": "Resuscitation team", "evidenceId": "%s"}"""
                        .formatted(fixtures.today(), evidenceId)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.expiresOn").value(fixtures.today().plusMonths(12).toString()))
                .andExpect(jsonPath("$.evidenceName").value("BLS certificate.pdf"));
        mvc.perform(as("lead.demo", get("/api/v1/staff/" + chloe + "/training-compliance"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.courses[?(@.courseCode == 'BASIC_LIFE_SUPPORT')].status", hasItem("IN_DATE")));
        mvc.perform(as("lead.demo", get("/api/v1/evidence/" + evidenceId))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(as("aisha.sw", get("/api/v1/evidence/" + evidenceId))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("workforce.record-not-yours"));
        mvc.perform(as("aisha.sw", get("/api/v1/staff/" + chloe + "/training"))).andExpect(status().isForbidden());
    }

    @Test
    void badFilesAreFieldErrorsNotServerErrors() throws Exception {
        String hca = id("hca.demo");
        upload("hca.demo", hca, new MockMultipartFile("file", "cert.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes()), 400);
        String body = upload("hca.demo", hca, new MockMultipartFile("file", "cert.pdf", "application/pdf", new byte[0]),
                400);
        Assertions.assertThat(body).contains("\"field\":\"file\"");
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(), 0, big, 0, 8);
        upload("hca.demo", hca, new MockMultipartFile("file", "big.pdf", "application/pdf", big), 400);
        mvc.perform(multipart("/api/v1/staff/" + hca + "/evidence").with(httpBasic("hca.demo", "demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theCatalogueAndTeamCompliance() throws Exception {
        mvc.perform(as("hca.demo", get("/api/v1/training-courses"))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(10)))
                .andExpect(jsonPath("$[?(@.code == 'SAFEGUARDING_ADULTS_L2')].renewalMonths", hasItem(36)));
        String team = fixtures.user("lead.demo").teamId().toString();
        mvc.perform(as("lead.demo", get("/api/v1/teams/" + team + "/training-compliance"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.courses", hasSize(10)));
        mvc.perform(as("hca.demo", get("/api/v1/teams/" + team + "/training-compliance")))
                .andExpect(status().isForbidden());
        mvc.perform(as("lead.demo", post("/api/v1/staff/" + id("hca.demo") + "/training")).content("""
                {"courseCode": "FIRE_SAFETY", "completedOn": "%s", "expiresOn": "%s"}"""
                .formatted(fixtures.today(), fixtures.today().minusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
    }

    @Test
    void qualificationsInProgressAndAchieved() throws Exception {
        String ben = id("ben.ssw");
        mvc.perform(as("grace.pt", post("/api/v1/staff/" + ben + "/qualifications")).content("""
                {"kind": "APPRENTICESHIP_LEVEL_5", "status": "ACHIEVED"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("achievedOn"));
        mvc.perform(as("grace.pt", post("/api/v1/staff/" + ben + "/qualifications")).content(
                """
                        {"kind": "APPRENTICESHIP_LEVEL_5", "status": "ACHIEVED", "achievedOn": "%s", "awardingBody": "University of Northgate"}"""
                        .formatted(fixtures.today())))
                .andExpect(status().isCreated());
        mvc.perform(as("ben.ssw", get("/api/v1/staff/" + ben + "/qualifications"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].awardingBody").value("University of Northgate"));
    }

    @Test
    void aStaleObjectiveEditIsAConflict() throws Exception {
        String sam = id("sw.demo");
        String created = mvc
                .perform(as("sw.demo", post("/api/v1/staff/" + sam + "/pdp")).content(
                        """
                                {"targetStage": "ASSISTANT_PRACTITIONER", "objective": "Start the assistant practitioner apprenticeship",
                                 "targetDate": "%s"}"""
                                .formatted(fixtures.today().plusMonths(9))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        String objective = JsonPath.read(created, "$.id");
        mvc.perform(as("pt.demo", patch("/api/v1/pdp/objectives/" + objective))
                .content("{\"status\": \"IN_PROGRESS\", \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(as("sw.demo", patch("/api/v1/pdp/objectives/" + objective))
                .content("{\"actions\": \"Apply by March\", \"version\": 0}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("pdp.changed-meanwhile"));
        mvc.perform(as("sw.demo", post("/api/v1/staff/" + sam + "/pdp")).content(
                """
                        {"competencyCode": "3.06", "targetStage": "ASSISTANT_PRACTITIONER", "objective": "Both", "targetDate": "%s"}"""
                        .formatted(fixtures.today().plusMonths(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("towards"));
        mvc.perform(as("pt.demo", post("/api/v1/pdp/objectives/" + objective + "/reviews")).content("""
                {"reviewedOn": "%s", "note": "On track", "nextReviewOn": "%s"}""".formatted(fixtures.today(),
                fixtures.today().plusMonths(6))))
                .andExpect(status().isCreated());
        mvc.perform(as("chloe.sw", get("/api/v1/staff/" + sam + "/pdp"))).andExpect(status().isForbidden());
        mvc.perform(as("lead.demo", get("/api/v1/reports/pdp-reviews"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'Aisha Khan')].noReviewInYear", hasItem(true)));
    }

    @Test
    void learningTimeIsAgreedBookedAndCancelledWithAReason() throws Exception {
        String ravi = id("ravi.ssw");
        mvc.perform(as("ravi.ssw", put("/api/v1/staff/" + ravi + "/learning-time")).content("{\"hoursPerMonth\": 40}"))
                .andExpect(status().isForbidden());
        // Protected learning time is agreed by a line manager (a team lead or support worker lead), not any registrant.
        mvc.perform(
                as("daniel.pt", put("/api/v1/staff/" + ravi + "/learning-time")).content("{\"hoursPerMonth\": 7.5}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("policy.not-permitted"));
        mvc.perform(
                as("lead.demo", put("/api/v1/staff/" + ravi + "/learning-time")).content("{\"hoursPerMonth\": 7.5}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hoursPerMonth").value(7.5));
        String session = mvc
                .perform(as("ravi.ssw", post("/api/v1/staff/" + ravi + "/learning-time/sessions")).content("""
                        {"sessionOn": "%s", "hours": 2, "activity": "Falls prevention reading"}"""
                        .formatted(fixtures.today())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("BOOKED"))
                .andReturn().getResponse().getContentAsString();
        String sessionId = JsonPath.read(session, "$.id");
        mvc.perform(as("daniel.pt", post("/api/v1/learning-time/sessions/" + sessionId + "/cancel")).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(as("daniel.pt", post("/api/v1/learning-time/sessions/" + sessionId + "/cancel"))
                .content("{\"reason\": \"Ward short-staffed\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(as("ravi.ssw", post("/api/v1/learning-time/sessions/" + sessionId + "/taken")))
                .andExpect(status().isConflict());
        mvc.perform(as("ravi.ssw", get("/api/v1/staff/" + ravi + "/learning-time"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.months", hasSize(6)))
                .andExpect(jsonPath("$.agreement.hoursPerMonth").value(7.5))
                .andExpect(jsonPath("$.sessions[?(@.id == '" + sessionId + "')].cancelReason",
                        hasItem("Ward short-staffed")));
    }

    @Test
    void theNewOperationsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/staff/{id}/training']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/evidence/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/pdp/objectives/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/learning-time/sessions/{id}/cancel']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/teams/{id}/training-compliance']").exists());
    }
}
