package org.therapyassist.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Measures, results, corrections, charts, stop criteria and GAS goals through the REST API. */
@IntegrationTest
class OutcomesApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;

    MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void measuresResultsCorrectionsAndChartsThroughTheApi() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode e = fixtures.patientWithEpisode(pt);
        mvc.perform(as("sw.demo", get("/api/v1/measures"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'TUG')].code").value(hasItem("444781002")))
                .andExpect(jsonPath("$[?(@.key == 'BERG')].items.length()").value(hasItem(14)));
        String base = "/api/v1/patients/" + e.patientId() + "/measure-results";
        String berg = "{\"measureKey\": \"BERG\", \"effectiveOn\": \"%s\", \"items\": [4,4,4,4,4,4,4,4,4,4,4,4,4,%d]}";
        mvc.perform(as("pt.demo", post(base)).content(berg.formatted(fixtures.today(), 5)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("items[13]")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Standing on one leg must be between 0 and 4")));
        String created = mvc.perform(as("pt.demo", post(base)).content(berg.formatted(fixtures.today(), 2)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(54))
                .andExpect(jsonPath("$.interpretation").value(containsString("Low risk")))
                .andExpect(jsonPath("$.items.length()").value(14))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(as("pt.demo", post("/api/v1/measure-results/" + id + "/corrections"))
                .content(
                        "{\"reason\": \"Item 14 mis-scored\", \"measureKey\": \"BERG\", \"effectiveOn\": \"%s\", \"items\": [4,4,4,4,4,4,4,4,4,4,4,4,4,3]}"
                                .formatted(fixtures.today())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.replacesId").value(id))
                .andExpect(jsonPath("$.score").value(55));
        mvc.perform(as("pt.demo", post("/api/v1/measure-results/" + id + "/corrections"))
                .content(
                        "{\"reason\": \"Again\", \"measureKey\": \"BERG\", \"effectiveOn\": \"%s\", \"items\": [4,4,4,4,4,4,4,4,4,4,4,4,4,4]}"
                                .formatted(fixtures.today())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("measure.already-corrected"));
        mvc.perform(as("pt.demo", get(base))).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(as("admin.demo", get(base))).andExpect(status().isForbidden());
        mvc.perform(as("pt.demo", get("/api/v1/patients/" + e.patientId() + "/measures/BERG/chart.svg")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(content().string(containsString("role=\"img\"")));
        mvc.perform(as("pt.demo", get("/api/v1/patients/" + e.patientId() + "/measures/NOPE/chart.svg")))
                .andExpect(status().isNotFound());
    }

    @Test
    void customMeasuresStopCriteriaAndGoalScalingThroughTheApi() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode e = fixtures.patientWithEpisode(pt);
        mvc.perform(as("hca.demo", post("/api/v1/measures")).content(
                "{\"name\": \"Hca measure\", \"unit\": \"points\", \"totalRule\": \"SUM\", \"higherIsBetter\": true, \"items\": [{\"label\": \"A\", \"min\": 0, \"max\": 3}]}"))
                .andExpect(status().isForbidden());
        // The service's own measure catalogue is service-wide: team leads add to it, not every registrant.
        mvc.perform(as("pt.demo", post("/api/v1/measures")).content(
                "{\"name\": \"Pt measure\", \"unit\": \"points\", \"totalRule\": \"SUM\", \"higherIsBetter\": true, \"items\": [{\"label\": \"A\", \"min\": 0, \"max\": 3}]}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("policy.not-permitted"));
        mvc.perform(as("lead.demo", post("/api/v1/measures")).content(
                "{\"name\": \"\", \"unit\": \"points\", \"totalRule\": \"SUM\", \"higherIsBetter\": true, \"items\": [{\"label\": \"A\", \"min\": 3, \"max\": 3}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("name")));

        String delegationId = desk.delegate(pt, fixtures.delegation(e.patientId(), e.id(), "EXERCISE_PROGRAMME",
                fixtures.user("hca.demo").staffId())).id().toString();
        mvc.perform(as("pt.demo", put("/api/v1/delegations/" + delegationId + "/stop-criteria"))
                .content("{\"painRisePoints\": 11}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("painRisePoints")));
        mvc.perform(as("hca.demo", put("/api/v1/delegations/" + delegationId + "/stop-criteria"))
                .content("{\"painRisePoints\": 2}"))
                .andExpect(status().isForbidden());
        mvc.perform(as("pt.demo", put("/api/v1/delegations/" + delegationId + "/stop-criteria"))
                .content("{\"painRisePoints\": 2, \"tugSlowerThan\": 14}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.painRisePoints").value(2));

        String goal = """
                {"goal": {"description": "Walk to the garden gate", "targetDate": "%s"},
                 "levels": {"weight": 2, "minus2": "Cannot stand", "minus1": "Stands with help", "zero": "Walks to the gate with a frame",
                            "plus1": "Walks to the gate with a stick", "plus2": "Walks to the postbox", "baseline": -1}}
                """
                .formatted(fixtures.today().plusWeeks(6));
        String created = mvc.perform(as("pt.demo", post("/api/v1/episodes/" + e.id() + "/scaled-goals")).content(goal))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.levels.weight").value(2))
                .andExpect(jsonPath("$.achievementStatus").value("in-progress"))
                .andReturn().getResponse().getContentAsString();
        String goalId = JsonPath.read(created, "$.goalId");
        mvc.perform(as("pt.demo", post("/api/v1/goals/" + goalId + "/reviews"))
                .content("{\"reviewedOn\": \"%s\", \"level\": 3}".formatted(fixtures.today())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("level")));
        mvc.perform(as("pt.demo", post("/api/v1/goals/" + goalId + "/reviews"))
                .content("{\"reviewedOn\": \"%s\", \"level\": 2}".formatted(fixtures.today())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.achievementStatus").value("exceeded"));
        mvc.perform(as("pt.demo", put("/api/v1/goals/" + goalId + "/levels")).content(
                "{\"weight\": 1, \"minus2\": \"a\", \"minus1\": \"b\", \"zero\": \"c\", \"plus1\": \"d\", \"plus2\": \"e\", \"baseline\": -1}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("goal.already-scaled"));
        mvc.perform(as("pt.demo", get("/api/v1/patients/" + e.patientId() + "/goals"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.attainment[0].tScore").value(70.0));
        mvc.perform(as("pt.demo", get("/api/v1/patients/" + e.patientId() + "/goals/chart.svg")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Goal attainment")));
    }

    @Autowired
    UserDetailsService users;

    MockHttpServletRequestBuilder page(String user, MockHttpServletRequestBuilder request) {
        return request.with(SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(user)));
    }

    @Test
    void theOutcomePagesRenderAndAGoalIsSetWithItsLevelsFromTheGoalPage() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode e = fixtures.patientWithEpisode(pt);
        var d = desk.delegate(pt,
                fixtures.delegation(e.patientId(), e.id(), "EXERCISE_PROGRAMME", fixtures.user("hca.demo").staffId()));
        for (String url : new String[]{"/measures", "/outcomes/delegated", "/delegations/" + d.id() + "/stop-criteria",
                "/episodes/" + e.id() + "/goals/new", "/patients/" + e.patientId() + "/measures/new",
                "/patients/" + e.patientId() + "/measures/new?measure=PSFS",
                "/patients/" + e.patientId() + "/measures/new?measure=CHAIR_STAND_30S",
                "/patients/" + e.patientId() + "/measures/new?measure=EMS",
                "/patients/" + e.patientId() + "/measures/TUG"}) {
            mvc.perform(page("pt.demo", get(url))).andExpect(status().isOk());
        }
        var csrf = SecurityMockMvcRequestPostProcessors.csrf();
        var ptForm = fixtures.formToken("pt.demo");
        var leadForm = fixtures.formToken("lead.demo");
        String target = fixtures.today().plusWeeks(6).toString();
        String[] ymd = target.split("-");
        mvc.perform(page("pt.demo", post("/episodes/" + e.id() + "/goals")).with(csrf).with(ptForm)
                .param("description", "Walk to the bus stop").param("targetDateDay", ymd[2])
                .param("targetDateMonth", ymd[1]).param("targetDateYear", ymd[0]).param("minus2", "Housebound")
                .param("minus1", "Walks to the gate").param("zero", "").param("plus1", "Walks to the stop and back")
                .param("plus2", "Takes the bus to town").param("baseline", "-1").param("weight", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Describe the 0 level: the expected outcome")));
        mvc.perform(page("pt.demo", post("/episodes/" + e.id() + "/goals")).with(csrf).with(ptForm)
                .param("description", "Walk to the bus stop").param("targetDateDay", ymd[2])
                .param("targetDateMonth", ymd[1]).param("targetDateYear", ymd[0]).param("minus2", "Housebound")
                .param("minus1", "Walks to the gate").param("zero", "Walks to the bus stop")
                .param("plus1", "Walks to the stop and back")
                .param("plus2", "Takes the bus to town").param("baseline", "-1").param("weight", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(page("pt.demo", post("/patients/" + e.patientId() + "/measures")).with(csrf).with(ptForm)
                .param("measureKey", "TUG").param("item0", "abc").param("effectiveOnDay", "1")
                .param("effectiveOnMonth", "1").param("effectiveOnYear", "2020"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("must be a number")));
        mvc.perform(page("pt.demo", get("/patients/" + e.patientId()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Walk to the bus stop")))
                .andExpect(content().string(containsString("Outcome measures and goals")));
        mvc.perform(page("hca.demo", get("/measures/new"))).andExpect(status().isForbidden());
        mvc.perform(
                page("pt.demo", post("/measures")).with(csrf).with(ptForm).param("name", "x").param("unit", "points"))
                .andExpect(status().isForbidden());
        mvc.perform(
                page("lead.demo", post("/measures")).with(csrf).with(leadForm).param("name", "").param("unit", "points")
                        .param("totalRule", "SUM").param("higherIsBetter", "true").param("itemLabel2", "Balance")
                        .param("itemMin2", "4").param("itemMax2", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the name of the measure")));
        mvc.perform(page("lead.demo", post("/measures")).with(csrf).with(leadForm)
                .param("name", "Balance check " + e.id()).param("unit", "points")
                .param("totalRule", "SUM").param("higherIsBetter", "true").param("itemLabel2", "Balance")
                .param("itemMin2", "4").param("itemMax2", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Highest score must be more than the lowest score")))
                .andExpect(content().string(containsString("id=\"itemMax2\"")));
    }
}
