package org.therapyassist.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Induction, rotations and reminders through the REST API, with each refusal's status and stable code. */
@IntegrationTest
class InductionApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    String newStarter(String given) {
        CurrentUser lead = fixtures.user("lead.demo");
        UUID id = UUID.randomUUID();
        jdbc.sql(
                "insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, family_name, "
                        + "job_role, band, enabled) values (?, ?, ?, ?, 'x', ?, 'Api', 'SUPPORT_WORKER', 2, true)")
                .params(id, lead.organisationId(), lead.teamId(), "api." + id, given).update();
        return id.toString();
    }

    @Test
    void inductionPlanSignOffAndOverviewThroughTheApi() throws Exception {
        String starter = newStarter("Zara");
        mvc.perform(as("lead.demo", post("/api/v1/staff/" + starter + "/induction")).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as("hca.demo", post("/api/v1/staff/" + starter + "/induction"))
                .content("{\"startsOn\": \"%s\"}".formatted(fixtures.today())))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("policy.not-permitted"));
        String plan = mvc.perform(as("lead.demo", post("/api/v1/staff/" + starter + "/induction"))
                .content("{\"startsOn\": \"%s\"}".formatted(fixtures.today().minusWeeks(3))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.standardSet").value("CC2025"))
                .andExpect(jsonPath("$.progress.total").value(21))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(as("lead.demo", post("/api/v1/staff/" + starter + "/induction"))
                .content("{\"startsOn\": \"%s\"}".formatted(fixtures.today())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("induction.plan-exists"));
        List<String> items = JsonPath.read(plan, "$.items[*].id");

        mvc.perform(as("chloe.sw", post("/api/v1/induction/items/" + items.getFirst() + "/sign-off")).content("{}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("induction.not-an-assessor"));
        mvc.perform(as("megan.ap", post("/api/v1/induction/items/" + items.getFirst() + "/sign-off"))
                .content("{\"note\": \"Observed on the ward\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(as("pt.demo", post("/api/v1/induction/items/" + items.getFirst() + "/sign-off")).content("{}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("induction.already-signed-off"));
        mvc.perform(as("pt.demo", post("/api/v1/induction/items/" + items.get(1) + "/sign-off"))
                .content("{\"note\": \"" + "x".repeat(501) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("note")));

        mvc.perform(as("lead.demo", get("/api/v1/staff/" + starter + "/induction"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.progress.done").value(1))
                .andExpect(jsonPath("$.items[0].signedOffByName").value("Megan Price"));
        mvc.perform(as("lead.demo", get("/api/v1/induction"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Nia Roberts")))
                .andExpect(jsonPath("$[?(@.name == 'Nia Roberts')].progress.behind", hasItem(true)));
        mvc.perform(as("hca.demo", get("/api/v1/induction"))).andExpect(status().isForbidden());
    }

    @Test
    void standardSetAndNamedAssessorsThroughTheApi() throws Exception {
        mvc.perform(as("hca.demo", get("/api/v1/organisation/induction-standard-set"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.standardSet").value("CC2025"));
        mvc.perform(as("hca.demo", put("/api/v1/organisation/induction-standard-set"))
                .content("{\"standardSet\": \"CC2015\"}"))
                .andExpect(status().isForbidden());
        // A service-wide setting: a band 6 therapist or an administrator may not change it, a team lead may.
        for (String notALead : new String[]{"pt.demo", "admin.demo", "joanne.swl"}) {
            mvc.perform(as(notALead, put("/api/v1/organisation/induction-standard-set"))
                    .content("{\"standardSet\": \"CC2015\"}"))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("policy.not-permitted"));
        }
        mvc.perform(as("lead.demo", put("/api/v1/organisation/induction-standard-set"))
                .content("{\"standardSet\": \"CC1999\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("lead.demo", put("/api/v1/organisation/induction-standard-set"))
                .content("{\"standardSet\": \"CC2015\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.standardSet").value("CC2015"));
        mvc.perform(as("lead.demo", put("/api/v1/organisation/induction-standard-set"))
                .content("{\"standardSet\": \"CC2025\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.standardSet").value("CC2025"));

        String ravi = fixtures.user("ravi.ssw").staffId().toString();
        mvc.perform(as("lead.demo", get("/api/v1/care-certificate-assessors"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Megan Price")));
        mvc.perform(
                as("chloe.sw", post("/api/v1/care-certificate-assessors")).content("{\"staffId\": \"" + ravi + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as("lead.demo", post("/api/v1/care-certificate-assessors")).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("staffId")));
        // A new starter cannot be named to assess other new starters.
        String nia = fixtures.user("nia.hca").staffId().toString();
        mvc.perform(
                as("lead.demo", post("/api/v1/care-certificate-assessors")).content("{\"staffId\": \"" + nia + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("induction.assessor-stage"));
        mvc.perform(
                as("lead.demo", post("/api/v1/care-certificate-assessors")).content("{\"staffId\": \"" + ravi + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$[*].name", hasItem("Ravi Sharma")));
        mvc.perform(
                as("lead.demo", post("/api/v1/care-certificate-assessors")).content("{\"staffId\": \"" + ravi + "\"}"))
                .andExpect(status().isConflict());
        mvc.perform(as("lead.demo", MockMvcRequestBuilders
                .delete("/api/v1/care-certificate-assessors/" + ravi)))
                .andExpect(status().isNoContent());
    }

    @Test
    void rotationHandoverAndStartThroughTheApi() throws Exception {
        String mover = newStarter("Kit");
        String msk = fixtures.user("daniel.pt").teamId().toString();
        mvc.perform(as("lead.demo", post("/api/v1/rotations")).content("{\"staffId\": \"" + mover + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("toTeamId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("startsOn")));
        mvc.perform(as("hca.demo", post("/api/v1/rotations")).content("""
                {"staffId": "%s", "toTeamId": "%s", "startsOn": "%s"}""".formatted(mover, msk, fixtures.today())))
                .andExpect(status().isForbidden());
        String created = mvc.perform(as("lead.demo", post("/api/v1/rotations")).content("""
                {"staffId": "%s", "toTeamId": "%s", "startsOn": "%s"}""".formatted(mover, msk, fixtures.today())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.handover.length()").value(5))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        List<String> items = JsonPath.read(created, "$.handover[*].id");
        mvc.perform(as("daniel.pt", get("/api/v1/teams/" + msk + "/arrivals"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].rotation.id", hasItem(id)));
        mvc.perform(as("lead.demo", post("/api/v1/rotations/" + id + "/start")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("rotation.handover-incomplete"));
        for (String item : items) {
            mvc.perform(as("lead.demo", post("/api/v1/rotations/" + id + "/handover/" + item)))
                    .andExpect(status().isOk());
        }
        mvc.perform(as("lead.demo", post("/api/v1/rotations/" + id + "/handover/" + items.getFirst())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("rotation.already-ticked"));
        mvc.perform(as("lead.demo", post("/api/v1/rotations/" + id + "/start"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        mvc.perform(as("lead.demo", post("/api/v1/rotations/" + id + "/start")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("rotation.not-planned"));
        mvc.perform(as("lead.demo", get("/api/v1/staff/" + mover + "/placement"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.teamId").value(msk)).andExpect(jsonPath("$.rotational").value(true));
        mvc.perform(as("lead.demo", get("/api/v1/rotations/" + UUID.randomUUID()))).andExpect(status().isNotFound());
    }

    @Test
    void myRemindersAndDismissingOneThroughTheApi() throws Exception {
        // Nia is behind on induction: her lead has the reminder (Nia's own copy may already be dismissed by the
        // browser journey, which shares the database).
        mvc.perform(as("lead.demo", get("/api/v1/reminders/mine").param("group", "INDUCTION")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.aboutName == 'Nia Roberts')].kind", hasItem("INDUCTION_BEHIND")));
        String body = mvc.perform(as("nia.hca", get("/api/v1/reminders/mine"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(Matchers.greaterThanOrEqualTo(1)))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$[0].id");
        mvc.perform(as("hca.demo", post("/api/v1/reminders/" + id + "/dismiss"))).andExpect(status().isNotFound());
        mvc.perform(as("nia.hca", post("/api/v1/reminders/" + id + "/dismiss"))).andExpect(status().isNoContent());
        mvc.perform(as("nia.hca", post("/api/v1/reminders/" + id + "/dismiss")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("reminder.already-dismissed"));
    }
}
