package org.therapyassist.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.careplans.Episode;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** H55: break-glass works both ways — offered where a record is refused, and every opening reviewed by a team lead. */
@IntegrationTest
class BreakGlassReviewDatabaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    MockHttpServletRequestBuilder api(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void h55_aBreakGlassOpeningIsOfferedWhereRefusedAndReviewedByATeamLeadAndTheTrailShowsBoth() throws Exception {
        // A stroke-ward patient; Chloe works in MSK outpatients, so the record is outside her caseload.
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        String patient = episode.patientId().toString();
        String timeline = "/patients/" + patient + "/timeline";
        mvc.perform(get(timeline).with(user(fixtures.principal("chloe.sw"))))
                .andExpect(status().isForbidden())
                .andExpect(model().attribute("breakGlassPatientId", episode.patientId()))
                .andExpect(model().attribute("returnTo", timeline));

        // Too short a reason is refused beside the field; a real one opens the record and returns to the page refused.
        mvc.perform(
                post("/patients/" + patient + "/break-glass").with(user(fixtures.principal("chloe.sw"))).with(csrf())
                        .with(fixtures.formToken("chloe.sw"))
                        .param("reason", "because").param("returnTo", timeline))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give a reason of at least 10 characters")));
        mvc.perform(post("/patients/" + patient + "/break-glass").with(user(fixtures.principal("chloe.sw")))
                .with(csrf())
                .with(fixtures.formToken("chloe.sw"))
                .param("reason", "Covering Hannah's visit today at the daughter's request").param("returnTo", timeline))
                .andExpect(redirectedUrl(timeline));
        mvc.perform(get(timeline).with(user(fixtures.principal("chloe.sw")))).andExpect(status().isOk());
        // A return address off this service is never followed.
        mvc.perform(
                post("/patients/" + patient + "/break-glass").with(user(fixtures.principal("chloe.sw"))).with(csrf())
                        .with(fixtures.formToken("chloe.sw"))
                        .param("reason", "Covering Hannah's visit today at the daughter's request")
                        .param("returnTo", "//evil.example/steal"))
                .andExpect(redirectedUrl("/patients/" + patient));

        // Only team leads see and review openings.
        mvc.perform(api("pt.demo", get("/api/v1/break-glass"))).andExpect(status().isForbidden());
        String waiting = mvc.perform(api("lead.demo", get("/api/v1/break-glass"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].patientId", hasItem(patient)))
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(waiting, "$[?(@.patientId == '" + patient + "')].id");
        assertThat(ids).hasSize(2);
        mvc.perform(api("lead.demo", post("/api/v1/break-glass/" + ids.get(0) + "/review"))
                .content("{\"outcome\": \"CONCERN\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("note")));
        mvc.perform(api("lead.demo", post("/api/v1/break-glass/" + ids.get(0) + "/review"))
                .content("{\"outcome\": \"APPROPRIATE\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("APPROPRIATE"))
                .andExpect(jsonPath("$.reviewedByName").value("Lorna Davenport"));
        mvc.perform(api("lead.demo", post("/api/v1/break-glass/" + ids.get(0) + "/review"))
                .content("{\"outcome\": \"APPROPRIATE\"}"))
                .andExpect(status().isConflict());
        mvc.perform(api("lead.demo", post("/api/v1/break-glass/" + ids.get(1) + "/review"))
                .content("{\"outcome\": \"CONCERN\", \"note\": \"Second opening the same day: talk to Chloe\"}"))
                .andExpect(status().isOk());
        mvc.perform(api("lead.demo", get("/api/v1/break-glass?reviewed=true"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItems(ids.get(0), ids.get(1))));

        // The patient's audit trail shows the openings and their reviews.
        mvc.perform(api("lead.demo", get("/api/v1/audit").param("patientId", patient))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", hasItems("access.break-glass", "access.break-glass-reviewed")));
        mvc.perform(get("/break-glass").with(user(fixtures.principal("lead.demo")))).andExpect(status().isOk());
        mvc.perform(get("/break-glass").with(user(fixtures.principal("hca.demo")))).andExpect(status().isForbidden());
    }
}
