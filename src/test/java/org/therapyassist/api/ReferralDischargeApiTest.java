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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.careplans.Episode;
import org.therapyassist.equipment.EquipmentTestData;
import org.therapyassist.equipment.Loans;
import org.therapyassist.equipment.StockLedger;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Referrals, triage, referrals out and discharge through the REST API, with each refusal's status and code. */
@IntegrationTest
class ReferralDischargeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Loans loans;
    @Autowired
    StockLedger ledger;

    MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void aReferralIsRecordedTriagedOnceAndAConflictingSecondDecisionGets409() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        String body = """
                {"newPatient": {"nhsNumber": "%s", "givenName": "Alma", "familyName": "Reyes", "dateOfBirth": "1941-02-03",
                 "address": "5 Bank Street, Northgate", "postcode": "NG1 2AB"},
                 "teamId": "%s", "sourceRole": "GP", "sourceName": "Dr R Patel", "sourceOrganisation": "Northgate Surgery",
                 "reason": "Knee pain and falls", "urgency": "ROUTINE", "receivedOn": "%s"}
                """
                .formatted(Fixtures.nextNhsNumber(), pt.teamId(), fixtures.today());
        String created = mvc.perform(as("pt.demo", post("/api/v1/referrals")).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("WAITING"))
                .andExpect(jsonPath("$.respondBy").value(fixtures.today().plusDays(42).toString()))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(as("pt.demo", post("/api/v1/referrals"))
                .content("{\"teamId\": \"%s\", \"urgency\": \"SOMETIME\"}".formatted(pt.teamId())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as("pt.demo", post("/api/v1/referrals")).content(
                "{\"teamId\": \"%s\", \"sourceRole\": \"GP\", \"sourceName\": \"X\", \"reason\": \"Y\", \"urgency\": \"SOON\", \"receivedOn\": \"%s\"}"
                        .formatted(pt.teamId(), fixtures.today())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("patientId")));
        mvc.perform(as("pt.demo", get("/api/v1/teams/" + pt.teamId() + "/referral-queue"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        mvc.perform(as("admin.demo", get("/api/v1/teams/" + pt.teamId() + "/referral-queue")))
                .andExpect(status().isForbidden());

        mvc.perform(as("pt.demo", post("/api/v1/referrals/" + id + "/decision")).content("{\"outcome\": \"REJECTED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("note")));
        mvc.perform(as("sw.demo", post("/api/v1/referrals/" + id + "/decision"))
                .content("{\"outcome\": \"REJECTED\", \"note\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as("pt.demo", post("/api/v1/referrals/" + id + "/decision")).content(
                "{\"outcome\": \"ACCEPTED\", \"category\": \"MUSCULOSKELETAL\", \"setting\": \"COMMUNITY\", \"location\": \"Home\", \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.decision.episodeId").isNotEmpty())
                .andExpect(jsonPath("$.decision.decidedByName").value("Priya Raman"));
        mvc.perform(as("lead.demo", post("/api/v1/referrals/" + id + "/decision")).content(
                "{\"outcome\": \"SIGNPOSTED\", \"signpostedTo\": \"Falls clinic\", \"version\": 0}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("referral.already-decided"));

        mvc.perform(as("pt.demo", get("/api/v1/teams/" + pt.teamId() + "/referrals/decided?size=5")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        String patientId = JsonPath.read(created, "$.patientId");
        String sent = mvc.perform(as("pt.demo", post("/api/v1/referrals-out")).content(
                "{\"patientId\": \"%s\", \"toService\": \"Wheelchair service\", \"urgency\": \"ROUTINE\", \"reason\": \"Outdoor chair\", \"informationSent\": \"Measurements\"}"
                        .formatted(patientId)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SENT"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(as("pt.demo", post("/api/v1/referrals-out/" + JsonPath.read(sent, "$.id") + "/responses"))
                .content("{\"status\": \"ACCEPTED\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.updates.length()").value(2));
        mvc.perform(as("pt.demo", get("/api/v1/patients/" + patientId + "/referrals-out"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("ACCEPTED"));
    }

    @Test
    void aDischargeIsRefusedWhileEquipmentHasNoPlanThenSignedAndNeverChanged() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        UUID store = EquipmentTestData.store(jdbc, pt, "Api discharge store " + UUID.randomUUID());
        ledger.receive(pt, store, "WALKING_STICK", 1, null);
        Loans.Loan stick = loans.issue(pt, new Loans.NewLoan(episode.patientId(), store, "WALKING_STICK", null, 1, null,
                "Height set", null, null, null));

        String started = mvc.perform(as("pt.demo", post("/api/v1/episodes/" + episode.id() + "/discharge")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.equipment[0].loanId").value(stick.id().toString()))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(started, "$.id");
        mvc.perform(as("sw.demo", post("/api/v1/episodes/" + episode.id() + "/discharge")))
                .andExpect(status().isForbidden());
        mvc.perform(as("pt.demo", put("/api/v1/discharges/" + id))
                .content("{\"adviceGiven\": \"Walk daily\", \"followUp\": \"None needed\", \"gpName\": \"Dr Shah\"}"))
                .andExpect(status().isOk());
        mvc.perform(as("pt.demo", post("/api/v1/discharges/" + id + "/discussions")).content(
                "{\"kind\": \"PATIENT_FAMILY\", \"heldOn\": \"%s\", \"participants\": \"Patient\", \"agreed\": \"Home Friday\"}"
                        .formatted(fixtures.today())))
                .andExpect(status().isOk());
        mvc.perform(as("pt.demo", post("/api/v1/discharges/" + id + "/discussions")).content("{\"kind\": \"MDT\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("participants")));
        mvc.perform(as("pt.demo", post("/api/v1/discharges/" + id + "/sign")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("discharge.equipment-without-plan"));
        mvc.perform(as("pt.demo", get("/api/v1/discharges/" + id + "/letter.pdf"))).andExpect(status().isConflict());
        mvc.perform(as("pt.demo", post("/api/v1/discharges/" + id + "/equipment-plans")).content(
                "{\"loanId\": \"%s\", \"plan\": \"TRANSFER\"}".formatted(stick.id())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("note")));
        mvc.perform(as("pt.demo", post("/api/v1/discharges/" + id + "/equipment-plans")).content(
                "{\"loanId\": \"%s\", \"plan\": \"COLLECT\"}".formatted(stick.id())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.equipment[0].plan").value("COLLECT"));
        mvc.perform(as("pt.demo", post("/api/v1/discharges/" + id + "/sign")).content("{\"version\": 0}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("discharge.changed"));
        mvc.perform(as("pt.demo", post("/api/v1/discharges/" + id + "/sign")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED"))
                .andExpect(jsonPath("$.closedOn").value(fixtures.today().toString()));
        mvc.perform(as("pt.demo", put("/api/v1/discharges/" + id)).content("{\"adviceGiven\": \"Changed\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("discharge.signed"));
        mvc.perform(as("pt.demo", post("/api/v1/discharges/" + id + "/amendments"))
                .content("{\"reason\": \"GP changed\", \"text\": \"Dr Patel\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.amendments.length()").value(1))
                .andExpect(jsonPath("$.adviceGiven").value("Walk daily"));
        mvc.perform(as("pt.demo", get("/api/v1/discharges/" + id + "/letter.pdf")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void theOpenApiDocumentDescribesReferralsAndDischarges() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/referrals']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/referrals/{id}/decision']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/referrals-out']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/discharges/{id}/sign']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/discharges/{id}/letter.pdf']").exists());
    }
}
