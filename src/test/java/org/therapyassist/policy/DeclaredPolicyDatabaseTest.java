package org.therapyassist.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Time;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The defects the trust's drills found, each as the hazard it would cause, through the API as a client sees it: the
 * declared policy refuses them before anything is written, with a stable code, and every refusal is audited.
 */
@IntegrationTest
class DeclaredPolicyDatabaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DelegationDesk desk;

    MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    long refusalsAudited(String username, String code) {
        return jdbc.sql("select count(*) from audit_event where actor_username = ? and action = 'command.refused' "
                + "and detail like ?")
                .params(username, code + " %").query(Long.class).single();
    }

    /**
     * A band 2 support worker of the stroke ward whose TUG sign-off (3.07) lapsed last month and who holds 3.01 in
     * date:
     * made for the test, so no other test's sign-off can renew it first.
     */
    CurrentUser band2WithLapsedTug() {
        CurrentUser pt = fixtures.user("pt.demo");
        UUID id = UUID.randomUUID();
        String username = "lapsed." + id.toString().substring(0, 8);
        jdbc.sql(
                "insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, family_name, "
                        + "job_role, band, enabled) select ?, organisation_id, team_id, ?, password_hash, 'Lena', 'Parry', "
                        + "'SUPPORT_WORKER', 2, true from staff_member where username = 'hca.demo'")
                .params(id, username).update();
        var today = fixtures.today();
        signOff(id, pt, "3.07", today.minusMonths(25), today.minusMonths(1));
        signOff(id, pt, "3.01", today.minusMonths(2), today.plusMonths(22));
        return fixtures.user(username);
    }

    void signOff(UUID staff, CurrentUser assessor, String code, LocalDate signed,
            LocalDate expires) {
        jdbc.sql(
                "insert into competency_signoff (id, organisation_id, staff_id, competency_code, assessor_id, signed_on, "
                        + "expires_on, evidence, recorded_at) values (?, ?, ?, ?, ?, ?, ?, 'Observed', ?)")
                .params(UUID.randomUUID(), assessor.organisationId(), staff, code, assessor.staffId(), signed, expires,
                        Time.db(Instant.now()))
                .update();
    }

    UUID asset(String label) {
        return jdbc.sql("select id from equipment_asset where asset_label = ?").param(label).query(UUID.class).single();
    }

    @Test
    void h49_aSupportWorkerCannotPassAnOverdueHoistSoItIsNeverNamedOnAHoistTransferUnexamined() throws Exception {
        UUID hoist = asset("HST-0002");
        var before = jdbc.sql("select next_inspection_due, version from equipment_asset where id = ?").param(hoist)
                .query((rs, n) -> rs.getObject(1) + "/" + rs.getInt(2)).single();
        String examiner = jdbc.sql("select id from equipment_examiner where kind = 'EXTERNAL' limit 1")
                .query(String.class).single();
        long audited = refusalsAudited("hca.demo", PolicyRules.NOT_PERMITTED);
        mvc.perform(as("hca.demo", post("/api/v1/equipment/inspections")).content("""
                {"assetId": "%s", "inspectedOn": "%s", "result": "PASS", "examinerId": "%s", "version": 0}"""
                .formatted(hoist, fixtures.today(), examiner)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value(PolicyRules.NOT_PERMITTED))
                .andExpect(jsonPath("$.command").value(Command.RECORD_EXAMINATION.code()))
                .andExpect(jsonPath("$.detail", containsString("equipment leads")));
        assertThat(jdbc.sql("select next_inspection_due, version from equipment_asset where id = ?").param(hoist)
                .query((rs, n) -> rs.getObject(1) + "/" + rs.getInt(2)).single()).isEqualTo(before);
        assertThat(refusalsAudited("hca.demo", PolicyRules.NOT_PERMITTED)).isEqualTo(audited + 1);
        // It still reads as not to be used wherever it is listed, whatever its stored status says.
        mvc.perform(as("sw.demo", get("/api/v1/equipment/inspections"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.asset.label == 'HST-0002')].asset.standing").value("EXAMINATION_OVERDUE"));
    }

    @Test
    void h50_aNewStarterCannotIssueAWalkingAidOrSetItsHeightBelowTheSeniorStage() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        UUID store = jdbc.sql("select id from equipment_store where name = 'Northgate community base'")
                .query(UUID.class).single();
        long loans = jdbc.sql("select count(*) from equipment_loan").query(Long.class).single();
        String frame = """
                {"patientId": "%s", "storeId": "%s", "itemCode": "WALKING_FRAME", "quantity": 1,
                 "adjustments": "Height set to 82 cm", "instructions": "Taught to step into the frame"}"""
                .formatted(episode.patientId(), store);
        for (String band2 : List.of("nia.hca", "hca.demo")) {
            mvc.perform(as(band2, post("/api/v1/equipment/loans")).content(frame))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value(PolicyRules.STAGE_TOO_LOW))
                    .andExpect(jsonPath("$.detail", containsString("Walking-aid practice")));
        }
        assertThat(jdbc.sql("select count(*) from equipment_loan").query(Long.class).single()).isEqualTo(loans);
        // Minor equipment needs 3.12: Hannah holds it, the new starter does not yet.
        String toiletFrame = frame.replace("WALKING_FRAME", "TOILET_FRAME");
        mvc.perform(as("nia.hca", post("/api/v1/equipment/loans")).content(toiletFrame))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(PolicyRules.NOT_COMPETENT))
                .andExpect(jsonPath("$.competencies[0]").value("3.12"));
        mvc.perform(as("hca.demo", post("/api/v1/equipment/loans")).content(toiletFrame))
                .andExpect(status().isCreated());
        mvc.perform(as("sw.demo", post("/api/v1/equipment/loans")).content(frame)).andExpect(status().isCreated());
    }

    @Test
    void h51_aBand2CannotRecordABergBalanceScaleNorATugWithHerTugSignOffLapsed() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        String berg = """
                {"measureKey": "BERG", "effectiveOn": "%s", "items": [4,4,4,4,4,4,4,4,4,4,4,4,4,4]}"""
                .formatted(fixtures.today());
        String tug = """
                {"measureKey": "TUG", "effectiveOn": "%s", "items": [14.2]}""".formatted(fixtures.today());
        String url = "/api/v1/patients/" + episode.patientId() + "/measure-results";
        long results = jdbc.sql("select count(*) from measure_result where patient_id = ?").param(episode.patientId())
                .query(Long.class).single();
        mvc.perform(as("hca.demo", post(url)).content(berg)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(PolicyRules.STAGE_TOO_LOW));
        mvc.perform(as(band2WithLapsedTug().username(), post(url)).content(tug))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(PolicyRules.COMPETENCY_EXPIRED))
                .andExpect(jsonPath("$.detail", containsString("3.07")));
        // A senior without 3.18 is refused the Berg too; the assistant practitioner who holds it records it.
        mvc.perform(as("sw.demo", post(url)).content(berg)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(PolicyRules.NOT_COMPETENT));
        assertThat(jdbc.sql("select count(*) from measure_result where patient_id = ?").param(episode.patientId())
                .query(Long.class).single()).isEqualTo(results);
        mvc.perform(as("megan.ap", post(url)).content(berg)).andExpect(status().isCreated());
        mvc.perform(as("sw.demo", post(url)).content(tug)).andExpect(status().isCreated());
    }

    @Test
    void h51_aTugOnASessionRecordWithALapsedSignOffIsRefusedAndNothingIsSaved() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = band2WithLapsedTug();
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView task = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME",
                        hca.staffId()));
        desk.accept(hca, task.id());
        long records = jdbc.sql("select count(*) from session_record where delegation_id = ?").param(task.id())
                .query(Long.class).single();
        mvc.perform(as(hca.username(), post("/api/v1/session-records")).content("""
                {"delegationId": "%s", "performedOn": "%s", "patientResponse": "Managed well", "tugSeconds": 15.1}"""
                .formatted(task.id(), fixtures.today())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(PolicyRules.COMPETENCY_EXPIRED));
        assertThat(jdbc.sql("select count(*) from session_record where delegation_id = ?").param(task.id())
                .query(Long.class).single()).isEqualTo(records);
        mvc.perform(as(hca.username(), post("/api/v1/session-records")).content("""
                {"delegationId": "%s", "performedOn": "%s", "patientResponse": "Managed well", "painBefore": 3}"""
                .formatted(task.id(), fixtures.today())))
                .andExpect(status().isCreated());
    }

    @Test
    void aRefusedDelegationLeavesAnAuditEventSoRepeatedAttemptsAreSeen() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        long before = refusalsAudited("pt.demo", "delegation.not-competent");
        var refused = fixtures.delegation(episode.patientId(), episode.id(), "HOIST_TRANSFER",
                fixtures.user("hca.demo").staffId());
        try {
            desk.delegate(pt, refused);
        } catch (RefusedException expected) {
            assertThat(expected.code()).isEqualTo("delegation.not-competent");
        }
        assertThat(refusalsAudited("pt.demo", "delegation.not-competent")).isEqualTo(before + 1);
        assertThat(jdbc
                .sql("select count(*) from audit_event where actor_username = 'pt.demo' and action = 'command.refused' "
                        + "and patient_id = ?")
                .param(episode.patientId()).query(Long.class).single()).isPositive();
    }

    @Test
    void theWhoCanDoWhatPageAndApiListEveryCommand() throws Exception {
        mvc.perform(as("hca.demo", get("/api/v1/policy"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].entries[*].code")
                        .value(Matchers.hasItem(Command.RECORD_EXAMINATION.code())))
                .andExpect(jsonPath("$[*].entries[?(@.code == 'equipment.record-examination')].apiOperations[*]")
                        .value(Matchers.hasItem("POST /api/v1/equipment/inspections")));
        String page = mvc
                .perform(get("/policy")
                        .with(SecurityMockMvcRequestPostProcessors
                                .user(fixtures.principal("lead.demo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (Command c : Command.values()) {
            assertThat(page).as(c.name()).contains("data-command=\"" + c.code() + "\"");
        }
    }
}
