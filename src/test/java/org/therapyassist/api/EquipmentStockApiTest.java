package org.therapyassist.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Equipment stock, loans, returns and bookings through the API, with the refusals a client must handle. */
@IntegrationTest
class EquipmentStockApiTest {

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

    String store(String name) throws Exception {
        String body = mvc.perform(as("ot.demo", get("/api/v1/equipment/stores"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$[?(@.name == '" + name + "')].id");
        return ids.getFirst();
    }

    @Test
    void theDemoLedgerSumsToEveryFigureOnHand() {
        long mismatches = jdbc
                .sql("select count(*) from equipment_balance b where b.on_hand <> (select coalesce(sum(m.quantity), 0) "
                        + "from equipment_movement m where m.store_id = b.store_id and m.item_code = b.item_code and m.bin = b.bin)")
                .query(Long.class).single();
        Assertions.assertThat(mismatches).isZero();
    }

    @Test
    void lendAFrameReturnItCleanItThroughTheApi() throws Exception {
        var episode = fixtures.patientWithEpisode(fixtures.user("ot.demo"));
        String store = store("Northgate community base");
        mvc.perform(as("ot.demo", get("/api/v1/equipment/items"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("MOBILE_HOIST")));
        mvc.perform(as("ot.demo", get("/api/v1/equipment/stores/" + store + "/stock"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].item.code", hasItem("WALKING_FRAME")));
        String loan = mvc.perform(as("ot.demo", post("/api/v1/equipment/loans")).content("""
                {"patientId": "%s", "storeId": "%s", "itemCode": "WALKING_FRAME", "quantity": 1,
                 "adjustments": "Height 82 cm", "instructions": "Step into the frame", "expectedReturnOn": "%s"}"""
                .formatted(episode.patientId(), store, fixtures.today().plusWeeks(4))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ON_LOAN"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(loan, "$.id");
        mvc.perform(as("ot.demo", get("/api/v1/equipment/loans").param("patientId", episode.patientId().toString())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem(id)));
        mvc.perform(
                as("ot.demo", post("/api/v1/equipment/loans/" + id + "/return")).content("{\"note\": \"Collected\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(as("ot.demo", post("/api/v1/equipment/loans/" + id + "/return")).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("equipment.loan-already-returned"));
        mvc.perform(as("ot.demo", post("/api/v1/equipment/movements")).content("""
                {"kind": "CLEANED", "storeId": "%s", "itemCode": "WALKING_FRAME", "quantity": 1, "reason": "Cleaned"}"""
                .formatted(store)))
                .andExpect(status().isNoContent());
        mvc.perform(as("ot.demo",
                get("/api/v1/equipment/stores/" + store + "/movements").param("itemCode", "WALKING_FRAME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].kind").value("CLEANED"));
    }

    @Test
    void badInputConflictsAndRefusalsChangeNothing() throws Exception {
        var episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        String store = store("Ward 7 therapy store");
        mvc.perform(as("pt.demo", post("/api/v1/equipment/movements")).content("""
                {"kind": "RECEIVE", "storeId": "%s", "itemCode": "WALKING_FRAME", "quantity": -2}""".formatted(store)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("quantity")));
        mvc.perform(as("pt.demo", post("/api/v1/equipment/movements")).content(
                """
                        {"kind": "WRITE_OFF", "storeId": "%s", "itemCode": "PERCHING_STOOL", "quantity": 99, "reason": "Lost"}"""
                        .formatted(store)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("equipment.not-enough-stock"));
        mvc.perform(as("pt.demo", post("/api/v1/equipment/movements")).content("""
                {"kind": "RECEIVE", "storeId": "%s", "itemCode": "NO_SUCH_THING", "quantity": 1}""".formatted(store)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("itemCode")));
        String overdueHoist = jdbc.sql("select id from equipment_asset where asset_label = 'HST-0002'")
                .query(String.class).single();
        mvc.perform(as("pt.demo", post("/api/v1/equipment/loans")).content(
                """
                        {"patientId": "%s", "storeId": "%s", "itemCode": "MOBILE_HOIST", "assetId": "%s", "instructions": "Two carers"}"""
                        .formatted(episode.patientId(), store, overdueHoist)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("equipment.inspection-overdue"));
        mvc.perform(as("pt.demo", post("/api/v1/equipment/reservations")).content(
                """
                        {"storeId": "%s", "itemCode": "WALKING_FRAME", "quantity": 1, "startsOn": "%s", "endsOn": "%s", "reason": "Past"}"""
                        .formatted(store, fixtures.today().minusDays(2), fixtures.today())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("startsOn")));
        mvc.perform(as("admin.demo", get("/api/v1/equipment/loans").param("overdue", "true")))
                .andExpect(status().isForbidden());
        mvc.perform(as("pt.demo", get("/api/v1/equipment/loans").param("overdue", "true"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(Matchers.greaterThanOrEqualTo(2)));
    }

    @Test
    void equipmentNamedForAHoistTransferIsCheckedThroughTheApi() throws Exception {
        var pt = fixtures.user("pt.demo");
        var episode = fixtures.patientWithEpisode(pt);
        var d = desk.delegate(pt, fixtures.delegation(episode.patientId(), episode.id(), "HOIST_TRANSFER",
                fixtures.user("megan.ap").staffId()));
        mvc.perform(as("pt.demo", post("/api/v1/delegations/" + d.id() + "/equipment"))
                .content("{\"assetLabel\": \"HST-0002\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("equipment.inspection-overdue"));
        mvc.perform(as("pt.demo", post("/api/v1/delegations/" + d.id() + "/equipment"))
                .content("{\"assetLabel\": \"SLG-0012\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("equipment.asset-quarantined"));
        mvc.perform(as("pt.demo", post("/api/v1/delegations/" + d.id() + "/equipment"))
                .content("{\"assetLabel\": \"nope\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("assetLabel")));
        mvc.perform(as("hca.demo", post("/api/v1/delegations/" + d.id() + "/equipment"))
                .content("{\"assetLabel\": \"HST-0001\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInspectionReportIsUploadedAndDownloadedThroughTheApi() throws Exception {
        String hoist = jdbc.sql("select id from equipment_asset where asset_label = 'HST-0004'").query(String.class)
                .single();
        String examiner = JsonPath.read(mvc.perform(as("lead.demo", post("/api/v1/equipment/examiners")).content("""
                {"name": "J. Patel", "company": "Lift Safe Ltd", "reference": "SAFed member"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        int version = jdbc.sql("select version from equipment_asset where id = ?").param(UUID.fromString(hoist))
                .query(Integer.class).single();
        String body = """
                {"assetId": "%s", "inspectedOn": "%s", "result": "PASS", "examinerId": "%s", "version": %d}"""
                .formatted(hoist, fixtures.today(), examiner, version);
        // A senior support worker is not a competent person for a thorough examination, nor may record one.
        mvc.perform(as("sw.demo", post("/api/v1/equipment/inspections")).content(body))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("policy.not-permitted"));
        String inspection = mvc.perform(as("lead.demo", post("/api/v1/equipment/inspections")).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.examiner").value("J. Patel, Lift Safe Ltd"))
                .andReturn().getResponse().getContentAsString();
        String inspectionId = JsonPath.read(inspection, "$.id");
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String report = mvc.perform(MockMvcRequestBuilders
                .multipart("/api/v1/equipment/inspections/" + inspectionId + "/report")
                .file(new MockMultipartFile("report", "report.pdf", "application/pdf",
                        pdf))
                .with(httpBasic("lead.demo", "demo")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andReturn().getResponse().getContentAsString();
        String reportId = JsonPath.read(report, "$.id");
        mvc.perform(as("sw.demo", get("/api/v1/equipment/reports/" + reportId))).andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.header()
                        .string("Content-Disposition", Matchers.containsString("attachment")))
                .andExpect(MockMvcResultMatchers.content().bytes(pdf));
        mvc.perform(MockMvcRequestBuilders
                .multipart("/api/v1/equipment/inspections/" + inspectionId + "/report")
                .file(new MockMultipartFile("report", "report.pdf", "application/pdf",
                        "<html></html>".getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("lead.demo", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("report")));
        // The examiner's certificate, once attached, is never replaced, and only those who record examinations attach
        // one.
        mvc.perform(MockMvcRequestBuilders
                .multipart("/api/v1/equipment/inspections/" + inspectionId + "/report")
                .file(new MockMultipartFile("report", "other.pdf", "application/pdf", pdf))
                .with(httpBasic("lead.demo", "demo")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("equipment.report-exists"));
        mvc.perform(MockMvcRequestBuilders
                .multipart("/api/v1/equipment/inspections/" + inspectionId + "/report")
                .file(new MockMultipartFile("report", "other.pdf", "application/pdf", pdf))
                .with(httpBasic("sw.demo", "demo")))
                .andExpect(status().isForbidden());
        Assertions.assertThat(inspection).isNotBlank();
    }

    @Test
    void aTeamLeadOpensAStoreAndSetsAReorderLevelThatProducesASuggestedOrder() throws Exception {
        String team = fixtures.user("lead.demo").teamId().toString();
        String name = "Ward 9 store " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(as("sw.demo", post("/api/v1/equipment/stores")).content("""
                {"teamId": "%s", "name": "%s", "kind": "WARD"}""".formatted(team, name)))
                .andExpect(status().isForbidden());
        String store = JsonPath.read(mvc.perform(as("lead.demo", post("/api/v1/equipment/stores")).content("""
                {"teamId": "%s", "name": "%s", "kind": "WARD"}""".formatted(team, name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(as("lead.demo", post("/api/v1/equipment/stores")).content("""
                {"teamId": "%s", "name": "%s", "kind": "WARD"}""".formatted(team, name.toUpperCase())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("equipment.store-name-taken"));
        mvc.perform(as("lead.demo", post("/api/v1/equipment/stores")).content("{\"name\": \" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("name")));
        mvc.perform(as("lead.demo", MockMvcRequestBuilders
                .put("/api/v1/equipment/stores/" + store + "/levels/MOBILE_HOIST")).content("""
                        {"reorderLevel": 1, "reorderQuantity": 1}""")).andExpect(status().isBadRequest());
        mvc.perform(as("lead.demo", MockMvcRequestBuilders
                .put("/api/v1/equipment/stores/" + store + "/levels/WALKING_FRAME")).content("""
                        {"reorderLevel": 2, "reorderQuantity": 6}""")).andExpect(status().isNoContent());
        mvc.perform(as("lead.demo", get("/api/v1/equipment/stores/" + store + "/stock"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].item.code").value("WALKING_FRAME"))
                .andExpect(jsonPath("$[0].reorderQuantity").value(6));
        mvc.perform(as("lead.demo", get("/api/v1/equipment/purchase-orders/suggested"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].store.name", hasItem(name)));
    }
}
