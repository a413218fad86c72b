package org.therapyassist.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.equipment.EquipmentTestData;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Assets, inspections, faults and purchase orders through the REST API, with each refusal's status and code. */
@IntegrationTest
class EquipmentApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void assetsInspectionsAndFaultsThroughTheApi() throws Exception {
        CurrentUser sw = fixtures.user("sw.demo");
        UUID store = EquipmentTestData.store(jdbc, sw, "Api store");
        String label = EquipmentTestData.label("sling");
        String body = "{\"itemCode\": \"SLING\", \"storeId\": \"%s\", \"label\": \"%s\"}".formatted(store, label);
        // The asset register is kept by equipment leads and team leads: Ravi Sharma is the demo's equipment lead.
        mvc.perform(as("sw.demo", post("/api/v1/equipment/assets")).content(body))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("policy.not-permitted"));
        String created = mvc.perform(as("ravi.ssw", post("/api/v1/equipment/assets")).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andExpect(jsonPath("$.standing").value("AVAILABLE"))
                .andExpect(jsonPath("$.nextInspectionDue").value(fixtures.today().plusMonths(6).toString()))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(as("lead.demo", post("/api/v1/equipment/assets")).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("equipment.label-taken"));
        mvc.perform(as("ravi.ssw", post("/api/v1/equipment/assets"))
                .content("{\"itemCode\": \"WALKING_STICK\", \"storeId\": \"%s\", \"label\": \"X1\"}".formatted(store)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("itemCode")));
        mvc.perform(as("admin.demo", get("/api/v1/equipment/assets?storeId=" + store)))
                .andExpect(status().isForbidden());
        mvc.perform(as("sw.demo", get("/api/v1/equipment/assets?storeId=" + store))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].label").value(label.toUpperCase()));

        List<String> externals = JsonPath.read(mvc.perform(as("ravi.ssw", get("/api/v1/equipment/examiners")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                "$[?(@.kind == 'EXTERNAL')].id");
        String examiner = externals.getFirst();
        mvc.perform(as("ravi.ssw", post("/api/v1/equipment/inspections")).content(
                "{\"assetId\": \"%s\", \"inspectedOn\": \"%s\", \"result\": \"PASS\", \"examinerId\": \"%s\", \"version\": 0}"
                        .formatted(id, fixtures.today().plusDays(2), examiner)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("inspectedOn")));
        mvc.perform(as("ravi.ssw", post("/api/v1/equipment/inspections")).content(
                "{\"assetId\": \"%s\", \"inspectedOn\": \"%s\", \"result\": \"PASS\", \"examinerId\": \"%s\", \"version\": 0}"
                        .formatted(id, fixtures.today(), UUID.randomUUID())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("examinerId")));
        mvc.perform(as("ravi.ssw", post("/api/v1/equipment/inspections")).content(
                "{\"assetId\": \"%s\", \"inspectedOn\": \"%s\", \"result\": \"FAIL\", \"findings\": \"Stitching frayed at leg loop\", \"examinerId\": \"%s\", \"dangerousDefect\": true, \"version\": 0}"
                        .formatted(id, fixtures.today(), examiner)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.result").value("FAIL"))
                .andExpect(jsonPath("$.dangerousDefect").value(true));
        mvc.perform(as("ravi.ssw", post("/api/v1/equipment/inspections")).content(
                "{\"assetId\": \"%s\", \"inspectedOn\": \"%s\", \"result\": \"PASS\", \"examinerId\": \"%s\", \"version\": 0}"
                        .formatted(id, fixtures.today(), examiner)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("equipment.asset-changed"));
        String detail = mvc.perform(as("sw.demo", get("/api/v1/equipment/assets/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.asset.status").value("QUARANTINED"))
                .andExpect(jsonPath("$.inspections[0].findings").value("Stitching frayed at leg loop"))
                .andExpect(jsonPath("$.faults[0].status").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(detail, "$.asset.version");
        String failFault = JsonPath.read(detail, "$.faults[0].id");
        // The dangerous defect cannot be cleared by a pass until the repair is recorded.
        mvc.perform(as("ravi.ssw", post("/api/v1/equipment/inspections")).content(
                "{\"assetId\": \"%s\", \"inspectedOn\": \"%s\", \"result\": \"PASS\", \"examinerId\": \"%s\", \"version\": %d}"
                        .formatted(id, fixtures.today(), examiner, version)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("equipment.fault-open"));

        String fault = mvc.perform(as("hca.demo", post("/api/v1/equipment/faults")).content(
                "{\"assetId\": \"%s\", \"description\": \"Label unreadable\"}".formatted(id)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        String faultId = JsonPath.read(fault, "$.id");
        mvc.perform(as("sw.demo", get("/api/v1/equipment/faults"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(faultId)));
        mvc.perform(as("sw.demo", post("/api/v1/equipment/faults/" + faultId + "/repaired"))
                .content("{\"resolution\": \"Relabelled\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as("ravi.ssw", post("/api/v1/equipment/faults/" + faultId + "/repaired")).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("resolution")));
        mvc.perform(as("ravi.ssw", post("/api/v1/equipment/faults/" + faultId + "/repaired"))
                .content("{\"resolution\": \"Relabelled\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPAIRED"));
        mvc.perform(as("lead.demo", post("/api/v1/equipment/faults/" + failFault + "/repaired"))
                .content("{\"resolution\": \"Leg loop restitched by the maker\"}"))
                .andExpect(status().isOk());
        mvc.perform(as("ravi.ssw", post("/api/v1/equipment/inspections")).content(
                "{\"assetId\": \"%s\", \"inspectedOn\": \"%s\", \"result\": \"PASS\", \"examinerId\": \"%s\", \"version\": %d}"
                        .formatted(id, fixtures.today(), examiner, version)))
                .andExpect(status().isCreated());
        mvc.perform(as("sw.demo", get("/api/v1/equipment/inspections?storeId=" + store))).andExpect(status().isOk());

        mvc.perform(as("sw.demo", post("/api/v1/equipment/assets/" + id + "/retire"))
                .content("{\"reason\": \"Condemned\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as("ravi.ssw", post("/api/v1/equipment/assets/" + id + "/retire")).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
        mvc.perform(as("ravi.ssw", post("/api/v1/equipment/assets/" + id + "/retire"))
                .content("{\"reason\": \"Condemned\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETIRED"));
        mvc.perform(as("sw.demo", get("/api/v1/equipment/assets/" + UUID.randomUUID())))
                .andExpect(status().isNotFound());
    }

    @Test
    void purchaseOrderLifecycleThroughTheApi() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        UUID store = EquipmentTestData.store(jdbc, pt, "Api order store");
        EquipmentTestData.reorderLevel(jdbc, store, "BATH_BOARD", 2, 6);
        mvc.perform(as("pt.demo", get("/api/v1/equipment/purchase-orders/suggested"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.store.id == '%s')].lines[0].quantity".formatted(store)).value(6));
        String draft = mvc.perform(as("pt.demo", post("/api/v1/equipment/purchase-orders"))
                .content("{\"storeId\": \"%s\", \"fromSuggestion\": true}".formatted(store)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(draft, "$.id");
        String line = JsonPath.read(draft, "$.lines[0].id");
        mvc.perform(as("pt.demo", post("/api/v1/equipment/purchase-orders/" + id + "/approve")).content("{}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("policy.not-permitted"));
        mvc.perform(as("lead.demo", post("/api/v1/equipment/purchase-orders/" + id + "/approve"))
                .content("{\"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(as("lead.demo", post("/api/v1/equipment/purchase-orders/" + id + "/approve"))
                .content("{\"version\": 0}"))
                .andExpect(status().isConflict());
        mvc.perform(as("pt.demo", post("/api/v1/equipment/purchase-orders/" + id + "/receive"))
                .content("{\"lines\": [{\"lineId\": \"%s\", \"quantity\": 1}]}".formatted(line)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("equipment.order-state"));
        mvc.perform(
                as("pt.demo", post("/api/v1/equipment/purchase-orders/" + id + "/send")).content("{\"version\": 1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SENT"));
        mvc.perform(as("pt.demo", post("/api/v1/equipment/purchase-orders/" + id + "/receive"))
                .content("{\"lines\": [{\"lineId\": \"%s\", \"quantity\": 7}]}".formatted(line)))
                .andExpect(status().isBadRequest());
        mvc.perform(as("pt.demo", post("/api/v1/equipment/purchase-orders/" + id + "/receive"))
                .content("{\"lines\": [{\"lineId\": \"%s\", \"quantity\": 6}]}".formatted(line)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.lines[0].receivedQuantity").value(6));
        mvc.perform(as("lead.demo", post("/api/v1/equipment/purchase-orders/" + id + "/cancel")).content("{}"))
                .andExpect(status().isConflict());
        mvc.perform(as("pt.demo", get("/api/v1/equipment/purchase-orders"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id)));

        mvc.perform(as("pt.demo", post("/api/v1/equipment/purchase-orders")).content("{\"lines\": []}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("storeId")));
    }
}
