package org.therapyassist.groups;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.careplans.Episode;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Group classes through the REST API: the whole journey, each refusal with its code, and bad input. */
@IntegrationTest
class GroupsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void aClassIsSetUpScheduledFilledWithAWaitingListAndItsRegisterSignedOnce() throws Exception {
        String team = fixtures.user("pt.demo").teamId().toString();
        String sam = fixtures.user("sw.demo").staffId().toString();
        String hca = fixtures.user("hca.demo").staffId().toString();
        String classBody = """
                {"teamId": "%s", "name": "Api pulmonary rehab", "type": "PULMONARY_REHAB", "capacity": 1,
                 "leaderStage": "SENIOR_SUPPORT_WORKER", "defaultExercises": ["Pursed-lip breathing", "Step-ups x 10"],
                 "venue": "Outpatient gym", "dayOfWeek": "THURSDAY", "startTime": "13:30", "durationMinutes": 90}"""
                .formatted(team);
        mvc.perform(as("sw.demo", post("/api/v1/group-classes")).content(classBody))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("policy.not-permitted"));
        mvc.perform(as("pt.demo", post("/api/v1/group-classes")).content("{\"name\": \"\", \"capacity\": 0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("capacity")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
        mvc.perform(as("pt.demo", post("/api/v1/group-classes")).content("{\"type\": \"YOGA\"}"))
                .andExpect(status().isBadRequest());
        String created = mvc.perform(as("pt.demo", post("/api/v1/group-classes")).content(classBody))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.defaultExercises", hasSize(2)))
                .andReturn().getResponse().getContentAsString();
        String classId = JsonPath.read(created, "$.id");

        // H38: a support worker below the class's stage cannot lead it.
        mvc.perform(as("pt.demo", post("/api/v1/group-classes/" + classId + "/sessions")).content("""
                {"firstDate": "%s", "weeks": 6, "leaderId": "%s"}""".formatted(fixtures.today(), hca)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("group.leader-below-stage"));
        String sessions = mvc.perform(as("pt.demo", post("/api/v1/group-classes/" + classId + "/sessions")).content("""
                {"firstDate": "%s", "weeks": 6, "leaderId": "%s"}""".formatted(fixtures.today(), sam)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$", hasSize(6)))
                .andReturn().getResponse().getContentAsString();
        String sessionId = JsonPath.read(sessions, "$[0].id");

        Episode first = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        Episode second = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        mvc.perform(as("pt.demo", post("/api/v1/group-classes/" + classId + "/enrolments")).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("episodeId")));
        mvc.perform(as("pt.demo", post("/api/v1/group-classes/" + classId + "/enrolments"))
                .content("{\"episodeId\": \"%s\"}".formatted(first.id())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ENROLLED"));
        mvc.perform(as("pt.demo", post("/api/v1/group-classes/" + classId + "/enrolments"))
                .content("{\"episodeId\": \"%s\"}".formatted(second.id())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("WAITING"))
                .andExpect(jsonPath("$.waitingPosition").value(1));
        mvc.perform(as("pt.demo", post("/api/v1/group-classes/" + classId + "/enrolments"))
                .content("{\"episodeId\": \"%s\"}".formatted(second.id())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("group.already-enrolled"));
        mvc.perform(as("pt.demo", get("/api/v1/group-classes/" + classId + "/waiting-list")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].patientId").value(second.patientId().toString()));

        mvc.perform(as("sw.demo", get("/api/v1/group-sessions/" + sessionId + "/register")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enrolled", hasSize(1)));
        // H40: the waiting patient is not enrolled, so no attendance can be recorded for them.
        mvc.perform(as("sw.demo", post("/api/v1/group-sessions/" + sessionId + "/register")).content("""
                {"lines": [{"patientId": "%s", "outcome": "ATTENDED"}, {"patientId": "%s", "outcome": "ATTENDED"}]}"""
                .formatted(first.patientId(), second.patientId())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("group.patient-not-enrolled"));
        mvc.perform(as("sw.demo", post("/api/v1/group-sessions/" + sessionId + "/register")).content("""
                {"lines": [{"patientId": "%s", "outcome": "MAYBE"}]}""".formatted(first.patientId())))
                .andExpect(status().isBadRequest());
        String register = """
                {"groupNote": "Good session", "lines": [{"patientId": "%s", "outcome": "ATTENDED", "note": "SpO2 stayed above 92%%"}]}"""
                .formatted(first.patientId());
        mvc.perform(as("sw.demo", post("/api/v1/group-sessions/" + sessionId + "/register")).content(register))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.lines", hasSize(1)))
                .andExpect(jsonPath("$.lines[0].outcome").value("ATTENDED"));
        mvc.perform(as("sw.demo", post("/api/v1/group-sessions/" + sessionId + "/register")).content(register))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("group.register-signed"));
        mvc.perform(as("sw.demo", post("/api/v1/group-sessions/" + sessionId + "/register/amendments")).content("""
                {"patientId": "%s", "reason": "Note should read SpO2 above 90%%"}""".formatted(first.patientId())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.amendments", hasSize(1)));

        // Withdrawing the enrolled patient moves the waiting one up.
        String enrolments = mvc.perform(as("pt.demo", get("/api/v1/group-classes/" + classId + "/enrolments")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String enrolmentId = JsonPath.read(enrolments, "$[0].id");
        mvc.perform(as("pt.demo", post("/api/v1/group-enrolments/" + enrolmentId + "/withdraw"))
                .content("{\"reason\": \"Moved away\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("version")));
        mvc.perform(as("pt.demo", post("/api/v1/group-enrolments/" + enrolmentId + "/withdraw"))
                .content("{\"reason\": \"Moved away\", \"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.movedUp.patientId").value(second.patientId().toString()));
        String secondSession = JsonPath.read(sessions, "$[1].id");
        mvc.perform(as("pt.demo", post("/api/v1/group-sessions/" + secondSession + "/leader"))
                .content("{\"leaderId\": \"%s\", \"version\": 0}".formatted(hca)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("group.leader-below-stage"));
        mvc.perform(as("hca.demo", post("/api/v1/group-sessions/" + secondSession + "/cancel"))
                .content("{\"reason\": \"x\", \"version\": 0}"))
                .andExpect(status().isForbidden());
        mvc.perform(as("sw.demo", post("/api/v1/group-sessions/" + secondSession + "/cancel"))
                .content("{\"reason\": \"Gym flooded\", \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(as("pt.demo", get("/api/v1/group-classes"))).andExpect(status().isOk());
        mvc.perform(as("pt.demo", get("/api/v1/patients/" + first.patientId() + "/group-classes")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attendance", hasSize(1)))
                .andExpect(jsonPath("$.attendance[0].outcome").value("ATTENDED"))
                .andExpect(jsonPath("$.enrolments[0].status").value("WITHDRAWN"));
        mvc.perform(as("admin.demo", get("/api/v1/patients/" + first.patientId() + "/group-classes")))
                .andExpect(status().isForbidden());
        mvc.perform(as("pt.demo", get("/v3/api-docs"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/group-sessions/{id}/register']").exists());
    }
}
