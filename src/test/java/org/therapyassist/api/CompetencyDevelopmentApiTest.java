package org.therapyassist.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Development through the API: catalogue, self-assessment, pathway and the gap analysis, with its refusals. */
@IntegrationTest
class CompetencyDevelopmentApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void aSupportWorkerSelfAssessesAndSeesTheirProfileAndPathway() throws Exception {
        String me = fixtures.user("hca.demo").staffId().toString();
        mvc.perform(as("hca.demo", get("/api/v1/competencies"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThanOrEqualTo(40)))
                .andExpect(jsonPath("$[*].domain", hasItem(8)));
        mvc.perform(as("hca.demo", post("/api/v1/staff/" + me + "/competencies/3.16/self-assessments")).content(
                """
                        {"rating": "DEVELOPING", "evidenceKind": "NOTE", "evidenceNote": "Ran the falls class warm-up twice with Sam"}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.rating").value("DEVELOPING"));
        mvc.perform(as("hca.demo", get("/api/v1/staff/" + me + "/development"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("SUPPORT_WORKER"))
                .andExpect(jsonPath("$.competencies[?(@.code == '3.16')].selfRating", hasItem("DEVELOPING")))
                .andExpect(jsonPath("$.pathway.next").value("SENIOR_SUPPORT_WORKER"));
        mvc.perform(as("hca.demo", get("/api/v1/staff/" + me + "/career-pathway"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.kind == 'EXPERIENCE')].met", hasItem(false)));
        mvc.perform(as("hca.demo", get("/api/v1/staff/" + me + "/competencies/3.16/self-assessments")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].evidenceNote", containsString("falls class")));
    }

    @Test
    void badOrForbiddenSelfAssessmentsAreRefusedWithClearErrors() throws Exception {
        String me = fixtures.user("hca.demo").staffId().toString();
        mvc.perform(as("hca.demo", post("/api/v1/staff/" + me + "/competencies/3.16/self-assessments")).content("""
                {"rating": "BRILLIANT"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(as("hca.demo", post("/api/v1/staff/" + me + "/competencies/3.16/self-assessments")).content("""
                {"rating": "CONFIDENT", "evidenceKind": "CERTIFICATE"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("evidenceFile")));
        mvc.perform(as("hca.demo", post("/api/v1/staff/" + me + "/competencies/9.99/self-assessments")).content("""
                {"rating": "CONFIDENT"}""")).andExpect(status().isNotFound());
        mvc.perform(as("pt.demo", post("/api/v1/staff/" + me + "/competencies/3.16/self-assessments")).content("""
                {"rating": "CONFIDENT"}""")).andExpect(status().isForbidden());
        String other = fixtures.user("chloe.sw").staffId().toString();
        mvc.perform(as("hca.demo", get("/api/v1/staff/" + other + "/development"))).andExpect(status().isForbidden());
    }

    @Test
    void theGapAnalysisIsForLeadsAndExportsAsCsv() throws Exception {
        String team = fixtures.user("lead.demo").teamId().toString();
        mvc.perform(as("lead.demo", get("/api/v1/reports/training-needs").param("teamId", team)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.competencyCodes.length()", greaterThanOrEqualTo(40)))
                .andExpect(jsonPath("$.rows[*].name", hasItem("Hannah Caldwell")))
                .andExpect(jsonPath("$.domains.length()").value(8));
        mvc.perform(as("lead.demo", get("/api/v1/reports/training-needs.csv"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("Name,Team,Stage,")));
        mvc.perform(as("hca.demo", get("/api/v1/reports/training-needs"))).andExpect(status().isForbidden());
    }

    @Test
    void aPassportIsIssuedVerifiedAndATamperedOneIsRefused() throws Exception {
        String megan = fixtures.user("megan.ap").staffId().toString();
        String file = mvc.perform(as("megan.ap", get("/api/v1/staff/" + megan + "/passport")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("competency-passport.json")))
                .andExpect(jsonPath("$.format").value("therapy-assist-passport/1"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(as("megan.ap", post("/api/v1/passports/verify")).content(file)).andExpect(status().isOk())
                .andExpect(jsonPath("$.signatureValid").value(true))
                .andExpect(jsonPath("$.issuerTrusted").value(true))
                .andExpect(jsonPath("$.content.holder.familyName").value("Price"));
        String payload = JsonPath.read(file, "$.payload");
        String forged = Base64.getEncoder()
                .encodeToString(new String(Base64.getDecoder().decode(payload),
                        StandardCharsets.UTF_8).replace("\"band\":4", "\"band\":5")
                        .getBytes(StandardCharsets.UTF_8));
        String tampered = file.replace(payload, forged);
        mvc.perform(as("megan.ap", post("/api/v1/passports/verify")).content(tampered)).andExpect(status().isOk())
                .andExpect(jsonPath("$.signatureValid").value(false));
        mvc.perform(as("megan.ap", post("/api/v1/staff/" + megan + "/passports")).content(tampered))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("passport.signature-invalid"));
        mvc.perform(as("megan.ap", post("/api/v1/staff/" + megan + "/passports")).content(file))
                .andExpect(status().isCreated());
        mvc.perform(as("megan.ap", get("/api/v1/staff/" + megan + "/passport.pdf"))).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(as("hca.demo", get("/api/v1/staff/" + megan + "/passport"))).andExpect(status().isForbidden());
        mvc.perform(as("pt.demo", post("/api/v1/passport/trusted-issuers")).content("""
                {"issuerName": "Elsewhere", "publicKey": "not a key"}""")).andExpect(status().isForbidden());
        mvc.perform(as("lead.demo", post("/api/v1/passport/trusted-issuers")).content("""
                {"issuerName": "Elsewhere", "publicKey": "not a key"}""")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("publicKey")));
    }
}
