package org.therapyassist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.therapyassist.lonework.CheckIns;
import org.therapyassist.lonework.PublishedDays;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.security.TestTokens;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Every read the OpenAPI document lists, called with a real record of the demo service by someone allowed to see it:
 * each answer is checked against the document (support/ApiDocumentCheck), so a response schema is proved on real data
 * even where no other API test reads it. A new read needs an example here, or this test fails.
 */
@IntegrationTest
class DocumentedReadsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PublishedDays publishedDays;
    @Autowired
    CheckIns checkIns;

    record Example(String user, String uri) {
    }

    /** The demo records the examples read: one of each, in the team lead's organisation. */
    final class Demo {

        final CurrentUser lead = fixtures.user("lead.demo");
        final UUID org = lead.organisationId();

        String id(String sql) {
            Optional<Object> found = jdbc.sql(sql + " limit 1").param(org).query((rs, n) -> rs.getObject(1)).optional();
            return found.map(Object::toString)
                    .orElseThrow(() -> new AssertionError("The demo service has no row for: " + sql));
        }

        String staff(String username) {
            return fixtures.user(username).staffId().toString();
        }
    }

    Map<String, Function<Demo, Example>> examples() {
        Map<String, Function<Demo, Example>> e = new LinkedHashMap<>();
        String patient = "select patient_id from episode where organisation_id = ? and status = 'OPEN' order by opened_on";
        // Accounts and teams are for administrators only.
        e.put("/api/v1/admin/staff", d -> new Example("admin.demo", "/api/v1/admin/staff"));
        e.put("/api/v1/admin/staff/{id}", d -> new Example("admin.demo", "/api/v1/admin/staff/" + d.staff("hca.demo")));
        e.put("/api/v1/admin/teams", d -> new Example("admin.demo", "/api/v1/admin/teams"));
        e.put("/api/v1/audit", d -> lead("/api/v1/audit?patientId=" + d.id(patient)));
        e.put("/api/v1/delegations/{id}",
                d -> lead("/api/v1/delegations/" + d.id("select id from delegation where organisation_id = ?")));
        e.put("/api/v1/delegations/{id}/equipment", d -> lead("/api/v1/delegations/"
                + d.id("select id from delegation where organisation_id = ?") + "/equipment"));
        e.put("/api/v1/delegations/{id}/stop-criteria", d -> lead("/api/v1/delegations/"
                + d.id("select id from delegation where organisation_id = ? and status = 'ACCEPTED'")
                + "/stop-criteria"));
        e.put("/api/v1/discharges/{id}",
                d -> lead("/api/v1/discharges/" + d.id("select id from discharge_summary where organisation_id = ?")));
        e.put("/api/v1/discharges/{id}/letter.pdf", d -> lead("/api/v1/discharges/"
                + d.id("select id from discharge_summary where organisation_id = ? and status = 'SIGNED'")
                + "/letter.pdf"));
        String episode = "select id from episode where organisation_id = ? and status = 'OPEN' order by opened_on";
        e.put("/api/v1/episodes/{id}/exercise-programme",
                d -> lead("/api/v1/episodes/" + d.id(episode) + "/exercise-programme"));
        e.put("/api/v1/episodes/{id}/home-sheet.pdf",
                d -> lead("/api/v1/episodes/" + d.id(episode) + "/home-sheet.pdf?easyRead=true"));
        String store = "select id from equipment_store where organisation_id = ? order by name";
        e.put("/api/v1/equipment/assets", d -> lead("/api/v1/equipment/assets?storeId=" + d.id(store)));
        e.put("/api/v1/equipment/assets/{id}", d -> lead(
                "/api/v1/equipment/assets/" + d.id("select id from equipment_asset where organisation_id = ?")));
        // The asset with the most history of each kind, so the example answers with rows.
        for (String history : List.of("inspection", "fault", "cleaning")) {
            e.put("/api/v1/equipment/assets/{id}/" + history + "s", d -> lead("/api/v1/equipment/assets/" + d.id(
                    "select a.id from equipment_asset a where a.organisation_id = ? order by (select count(*) from equipment_"
                            + history + " h where h.asset_id = a.id) desc, a.id")
                    + "/" + history + "s"));
        }
        e.put("/api/v1/equipment/inspections", d -> lead("/api/v1/equipment/inspections?storeId=" + d.id(store)));
        e.put("/api/v1/equipment/loans", d -> lead("/api/v1/equipment/loans?patientId="
                + d.id("select patient_id from equipment_loan where organisation_id = ?")));
        e.put("/api/v1/equipment/purchase-orders/{id}",
                d -> lead("/api/v1/equipment/purchase-orders/" + purchaseOrder(d)));
        e.put("/api/v1/equipment/stores/{id}/movements",
                d -> lead("/api/v1/equipment/stores/" + d.id(store) + "/movements?size=20"));
        e.put("/api/v1/equipment/stores/{id}/reservations",
                d -> lead("/api/v1/equipment/stores/" + d.id(store) + "/reservations"));
        e.put("/api/v1/equipment/stores/{id}/stock", d -> lead("/api/v1/equipment/stores/" + d.id(store) + "/stock"));
        e.put("/api/v1/escalations/mine", d -> new Example("hca.demo", "/api/v1/escalations/mine"));
        String exercise = "select id from exercise where organisation_id is null or organisation_id = ? order by name";
        e.put("/api/v1/exercises/{id}", d -> lead("/api/v1/exercises/" + d.id(exercise)));
        e.put("/api/v1/exercises/{id}/drawing.svg", d -> lead("/api/v1/exercises/" + d.id(exercise) + "/drawing.svg"));
        e.put("/api/v1/goals/{goalId}",
                d -> lead("/api/v1/goals/" + d.id("select goal_id from goal_scaling where organisation_id = ?")));
        String groupClass = "select id from group_class where organisation_id = ? order by name";
        e.put("/api/v1/group-classes/{id}", d -> lead("/api/v1/group-classes/" + d.id(groupClass)));
        e.put("/api/v1/group-classes/{id}/enrolments",
                d -> lead("/api/v1/group-classes/" + d.id(groupClass) + "/enrolments"));
        e.put("/api/v1/group-classes/{id}/sessions",
                d -> lead("/api/v1/group-classes/" + d.id(groupClass) + "/sessions"));
        e.put("/api/v1/group-classes/{id}/waiting-list",
                d -> lead("/api/v1/group-classes/" + d.id(groupClass) + "/waiting-list"));
        e.put("/api/v1/group-sessions/{id}/register", d -> lead("/api/v1/group-sessions/"
                + d.id("select session_id from group_record where organisation_id = ?") + "/register"));
        e.put("/api/v1/inbox", d -> new Example("pt.demo", "/api/v1/inbox"));
        e.put("/api/v1/measure-results/delegated",
                d -> new Example("pt.demo", "/api/v1/measure-results/delegated?days=365"));
        e.put("/api/v1/measure-results/{id}", d -> lead(
                "/api/v1/measure-results/" + d.id("select id from measure_result where organisation_id = ?")));
        e.put("/api/v1/measures/{key}", d -> lead("/api/v1/measures/BERG"));
        e.put("/api/v1/my-day", d -> new Example("hca.demo", "/api/v1/my-day"));
        e.put("/api/v1/patients",
                d -> lead("/api/v1/patients?q="
                        + jdbc.sql("select family_name from patient where organisation_id = ? limit 1")
                                .param(d.org).query(String.class).single()));
        e.put("/api/v1/patients/{id}", d -> lead("/api/v1/patients/" + d.id(patient)));
        e.put("/api/v1/pre-session-checks/{id}", d -> lead("/api/v1/pre-session-checks/"
                + d.id("select id from pre_session_check where organisation_id = ?")));
        e.put("/api/v1/patients/{id}/group-classes", d -> lead("/api/v1/patients/"
                + d.id("select patient_id from group_enrolment where organisation_id = ?") + "/group-classes"));
        e.put("/api/v1/patients/{id}/timeline", d -> lead("/api/v1/patients/"
                + d.id("select patient_id from session_record where organisation_id = ?") + "/timeline"));
        e.put("/api/v1/patients/{patientId}/episodes", d -> lead("/api/v1/patients/" + d.id(patient) + "/episodes"));
        String scaled = "select g.patient_id from goal g join goal_review r on r.goal_id = g.id where g.organisation_id = ?";
        e.put("/api/v1/patients/{patientId}/goals", d -> lead("/api/v1/patients/" + d.id(scaled) + "/goals"));
        e.put("/api/v1/patients/{patientId}/goals/chart.svg",
                d -> lead("/api/v1/patients/" + d.id(scaled) + "/goals/chart.svg"));
        String measured = "select patient_id from measure_result where organisation_id = ? and measure_key = 'TUG'";
        e.put("/api/v1/patients/{patientId}/measure-results",
                d -> lead("/api/v1/patients/" + d.id(measured) + "/measure-results"));
        e.put("/api/v1/patients/{patientId}/measures/{key}/chart.svg",
                d -> lead("/api/v1/patients/" + d.id(measured) + "/measures/TUG/chart.svg"));
        // The demo community team's board for today (made from the delegations due when first read).
        e.put("/api/v1/visit-teams/{teamId}/days/{day}", d -> lead("/api/v1/visit-teams/"
                + d.id("select id from team where organisation_id = ? and setting = 'COMMUNITY'") + "/days/"
                + fixtures.today()));
        e.put("/api/v1/visits/mine", d -> new Example("aisha.sw", "/api/v1/visits/mine"));
        e.put("/api/v1/visits/to-replan", d -> lead("/api/v1/visits/to-replan"));
        // Lone working: a day published for a new worker, who checks in to a visit and asks for help.
        e.put("/api/v1/visits/{id}/check", d -> {
            PublishedDays.Day day = publishedDays.today(1);
            checkIns.arrived(day.worker(), day.visitIds().getFirst());
            return new Example(day.worker().username(), "/api/v1/visits/" + day.visitIds().getFirst() + "/check");
        });
        e.put("/api/v1/lone-worker-alerts", d -> lead("/api/v1/lone-worker-alerts"));
        e.put("/api/v1/lone-work-buddy", d -> new Example("hca.demo", "/api/v1/lone-work-buddy"));
        e.put("/api/v1/lone-worker-alerts/{id}", d -> {
            PublishedDays.Day day = publishedDays.today(1);
            return lead(
                    "/api/v1/lone-worker-alerts/" + checkIns.needHelp(day.worker(), day.visitIds().getFirst()).id());
        });
        e.put("/api/v1/patients/{patientId}/suggested-measures",
                d -> lead("/api/v1/patients/" + d.id(patient) + "/suggested-measures"));
        e.put("/api/v1/patients/{patientId}/progress.pdf",
                d -> lead("/api/v1/patients/" + d.id(measured) + "/progress.pdf"));
        e.put("/api/v1/patients/{patientId}/referrals-out",
                d -> lead("/api/v1/patients/" + d.id(patient) + "/referrals-out"));
        e.put("/api/v1/referrals/{id}",
                d -> lead("/api/v1/referrals/" + d.id("select id from referral where organisation_id = ?")));
        e.put("/api/v1/reports/contributions", d -> lead("/api/v1/reports/contributions?teamId=" + d.lead.teamId()));
        e.put("/api/v1/reports/training-needs", d -> lead("/api/v1/reports/training-needs?teamId=" + d.lead.teamId()));
        e.put("/api/v1/reports/training-needs.csv",
                d -> lead("/api/v1/reports/training-needs.csv?teamId=" + d.lead.teamId()));
        String rotation = "select id from rotation where organisation_id = ?";
        e.put("/api/v1/rotations/{id}", d -> lead("/api/v1/rotations/" + d.id(rotation)));
        e.put("/api/v1/session-records/{id}", d -> lead(
                "/api/v1/session-records/" + d.id("select id from session_record where organisation_id = ?")));
        e.put("/api/v1/staff", d -> lead("/api/v1/staff?supportWorkersOnly=true"));
        e.put("/api/v1/task-types/{code}/competent-staff",
                d -> lead("/api/v1/task-types/EXERCISE_PROGRAMME/competent-staff"));
        e.put("/api/v1/staff/{id}/competencies/{code}/self-assessments", d -> lead("/api/v1/staff/"
                + d.id("select staff_id from competency_self_assessment where organisation_id = ?") + "/competencies/"
                + jdbc.sql("select competency_code from competency_self_assessment where organisation_id = ? limit 1")
                        .param(d.org).query(String.class).single()
                + "/self-assessments"));
        e.put("/api/v1/staff/{id}/induction", d -> lead("/api/v1/staff/"
                + d.id("select staff_id from induction_plan where organisation_id = ?") + "/induction"));
        e.put("/api/v1/staff/{id}/passports", d -> lead("/api/v1/staff/" + d.staff("hca.demo") + "/passports"));
        String team = "select team_id from staff_member where organisation_id = ? and team_id is not null";
        e.put("/api/v1/teams/{id}/team-overview/workers",
                d -> lead("/api/v1/teams/" + d.lead.teamId() + "/team-overview/workers"));
        e.put("/api/v1/patients/{id}/group-attendance",
                d -> lead("/api/v1/patients/" + d.id("select p.id from patient p "
                        + "where p.organisation_id = ? order by (select count(*) from group_attendance g where g.patient_id = p.id) desc, p.id")
                        + "/group-attendance"));
        e.put("/api/v1/teams/{id}/arrivals", d -> lead(
                "/api/v1/teams/" + d.id("select to_team_id from rotation where organisation_id = ?") + "/arrivals"));
        e.put("/api/v1/teams/{id}/training-compliance",
                d -> lead("/api/v1/teams/" + d.id(team) + "/training-compliance"));
        e.put("/api/v1/teams/{teamId}/referral-queue", d -> lead(
                "/api/v1/teams/" + d.id("select team_id from referral where organisation_id = ?") + "/referral-queue"));
        e.put("/api/v1/teams/{teamId}/referrals/decided", d -> lead("/api/v1/teams/"
                + d.id("select team_id from referral where organisation_id = ?") + "/referrals/decided?size=20"));
        return e;
    }

    /** The demo service has no purchase order: draft one (a counted item, so it needs no asset). */
    private String purchaseOrder(Demo d) {
        return jdbc.sql("select id from purchase_order where organisation_id = ? limit 1").param(d.org)
                .query(UUID.class)
                .optional().map(UUID::toString).orElseGet(() -> {
                    try {
                        String store = d.id("select id from equipment_store where organisation_id = ? order by name");
                        String item = jdbc.sql(
                                "select code from equipment_item_type where tracking = 'STOCK' order by code limit 1")
                                .query(String.class).single();
                        String body = mvc
                                .perform(post("/api/v1/equipment/purchase-orders").with(httpBasic("lead.demo", "demo"))
                                        .contentType(MediaType.APPLICATION_JSON).content(
                                                """
                                                        {"storeId": "%s", "supplier": "NHS Supply Chain", "lines": [{"itemCode": "%s", "quantity": 2}]}"""
                                                        .formatted(store, item)))
                                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                        return JsonPath.read(body, "$.id");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static Example lead(String uri) {
        return new Example("lead.demo", uri);
    }

    /** Downloads of files the demo service has none of; the tests that upload one read it back. */
    private static final Map<String, String> UPLOADED_FILES = Map.of(
            "/api/v1/equipment/reports/{id}",
            "EquipmentStockApiTest.anInspectionReportIsUploadedAndDownloadedThroughTheApi",
            "/api/v1/evidence/{id}",
            "DevelopmentApiTest.aSupportWorkerUploadsACertificateAndRecordsTrainingThatALeadSees");

    /** Reads of a member of staff's own records: the person's own, seen by their team lead. */
    private static final List<String> STAFF_READS = List.of("career-pathway", "competencies", "development",
            "learning-time",
            "passport", "passport.pdf", "pdp", "placement", "qualifications", "supervision", "thanks", "training",
            "training-compliance");

    @Test
    @SuppressWarnings("unchecked")
    void everyReadAnswersWithWhatTheDocumentSays() throws Exception {
        Map<String, Object> document = JsonPath.parse(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString()).json();
        Map<String, Function<Demo, Example>> examples = examples();
        Demo demo = new Demo();
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (Map.Entry<String, Object> path : new TreeMap<>((Map<String, Object>) document.get("paths"))
                .entrySet()) {
            if (!((Map<String, Object>) path.getValue()).containsKey("get")) {
                continue;
            }
            try {
                if (UPLOADED_FILES.containsKey(path.getKey())) {
                    continue;
                }
                Example example = exampleFor(path.getKey(), examples, demo);
                if (example == null) {
                    wrong.add(path.getKey() + ": no example here; add one");
                    continue;
                }
                MvcResult result = mvc.perform(get(example.uri()).with(httpBasic(example.user(), "demo"))).andReturn();
                int status = result.getResponse().getStatus();
                if (status >= 300) {
                    wrong.add(path.getKey() + " as " + example.user() + " -> " + status + " "
                            + result.getResponse().getContentAsString());
                }
                read++;
            } catch (AssertionError e) {
                wrong.add(e.getMessage());
            }
        }
        assertThat(wrong).as("reads that fail, or that answer something the document does not say").isEmpty();
        assertThat(read).isGreaterThan(90);
    }

    /**
     * A system's token (an EPR with api.read and api.write) is no member of staff: every documented call made with it,
     * reads with the demo's real records and writes with another system's guess at a body, is answered without a
     * server error. Staff-shaped code that assumed a staff id would fail here with a 500.
     */
    @Test
    @SuppressWarnings("unchecked")
    void h79_everyCallMadeByAnotherSystemIsAnsweredNeverAServerError() throws Exception {
        Map<String, Object> document = JsonPath.parse(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString()).json();
        Map<String, Function<Demo, Example>> examples = examples();
        Demo demo = new Demo();
        String token = "Bearer " + TestTokens.signed(TestTokens.system("epr-sweep", "ZZ000", "api.read api.write"));
        List<String> failed = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Object> path : new TreeMap<>((Map<String, Object>) document.get("paths"))
                .entrySet()) {
            for (String method : ((Map<String, Object>) path.getValue()).keySet()) {
                String uri;
                if (method.equals("get")) {
                    Example example = exampleFor(path.getKey(), examples, demo);
                    if (example == null || UPLOADED_FILES.containsKey(path.getKey())) {
                        continue;
                    }
                    uri = example.uri();
                } else {
                    uri = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                }
                MvcResult result;
                try {
                    var call = request(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)), uri)
                            .header("Authorization", token);
                    Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) path.getValue())
                            .get(method);
                    String takes = operation.get("requestBody") instanceof Map<?, ?> requestBody
                            && requestBody.get("content") instanceof Map<?, ?> content && !content.isEmpty()
                                    ? content.keySet().iterator().next().toString()
                                    : null;
                    if (takes == null || method.equals("get")) {
                        result = mvc.perform(call).andReturn();
                    } else if (takes.startsWith("multipart/")) {
                        // An upload with no file in it: the guess a system makes when it does not know the form.
                        result = mvc.perform(call.contentType(MediaType.MULTIPART_FORM_DATA_VALUE + ";boundary=x")
                                .content("--x--\r\n")).andReturn();
                    } else {
                        result = mvc.perform(call.contentType(takes).content(takes.contains("json") ? "{}" : ""))
                                .andReturn();
                    }
                } catch (AssertionError e) {
                    // The answer is not what the document says (checked on every exchange).
                    failed.add(method + " " + uri + ": " + e.getMessage());
                    continue;
                } finally {
                    calls++;
                }
                int status = result.getResponse().getStatus();
                if (status >= 500) {
                    failed.add(method + " " + uri + " -> " + status + " " + result.getResponse().getContentAsString());
                }
            }
        }
        assertThat(failed).as("calls by a system that end in a server error or off the document").isEmpty();
        assertThat(calls).isGreaterThan(150);
    }

    private static Example exampleFor(String path, Map<String, Function<Demo, Example>> examples, Demo demo) {
        if (examples.containsKey(path)) {
            return examples.get(path).apply(demo);
        }
        if (!path.contains("{")) {
            return lead(path);
        }
        for (String read : new TreeSet<>(STAFF_READS)) {
            if (path.equals("/api/v1/staff/{id}/" + read)) {
                return new Example("lead.demo", "/api/v1/staff/" + demo.staff("hca.demo") + "/" + read);
            }
        }
        return null;
    }
}
