package org.therapyassist.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.careplans.Episode;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The measures suggested by an episode's condition category: built in until the service chooses, changed by a team
 * lead through the page or the API, shown first when recording a measure for a patient.
 */
@IntegrationTest
class MeasureSuggestionsDatabaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void builtInAgain() {
        // The demo service is shared by every test: leave it with the built-in suggestions.
        jdbc.sql("delete from measure_suggestion where organisation_id = ?")
                .param(fixtures.user("lead.demo").organisationId()).update();
    }

    String suggestionsOf(String user, String patientId) throws Exception {
        return mvc.perform(get("/api/v1/patients/" + patientId + "/suggested-measures").with(httpBasic(user, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aNeurologicalEpisodeIsOfferedBergAndTugFirstUntilTheServiceChoosesOtherwise() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        String patient = episode.patientId().toString();
        mvc.perform(get("/api/v1/patients/" + patient + "/suggested-measures").with(httpBasic("pt.demo", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].category").value("NEUROLOGICAL"))
                .andExpect(jsonPath("$[0].chosen").value(false))
                .andExpect(jsonPath("$[0].measures[0].key").value("BERG"))
                .andExpect(jsonPath("$[0].measures[1].key").value("TUG"));
        String page = mvc
                .perform(get("/patients/" + patient + "/measures/new").with(user(fixtures.principal("pt.demo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"suggested-measures\"").contains("Berg Balance Scale");

        mvc.perform(put("/api/v1/measure-suggestions/NEUROLOGICAL").with(httpBasic("lead.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"measureKeys\":[\"WALK_10M\",\"TUG\",\"TUG\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.chosen").value(true))
                .andExpect(jsonPath("$.measures.length()").value(2))
                .andExpect(jsonPath("$.measures[0].key").value("WALK_10M"));
        assertThat(suggestionsOf("pt.demo", patient)).contains("\"chosen\":true").doesNotContain("\"BERG\"");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'measure.suggestions-changed'")
                .query(Long.class).single()).isPositive();

        mvc.perform(put("/api/v1/measure-suggestions/NEUROLOGICAL").with(httpBasic("lead.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"measureKeys\":[]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.measures.length()").value(0));
        assertThat(suggestionsOf("pt.demo", patient)).contains("\"measures\":[]");
    }

    @Test
    void onlyATeamLeadChoosesAndABadChoiceChangesNothing() throws Exception {
        for (String who : new String[]{"pt.demo", "hca.demo"}) {
            mvc.perform(put("/api/v1/measure-suggestions/RESPIRATORY").with(httpBasic(who, "demo"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"measureKeys\":[\"TUG\"]}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(put("/api/v1/measure-suggestions/RESPIRATORY").with(httpBasic("lead.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"measureKeys\":[\"TUG\",\"NO_SUCH_MEASURE\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("measureKeys"));
        mvc.perform(put("/api/v1/measure-suggestions/RESPIRATORY").with(httpBasic("lead.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"measureKeys\":[\"TUG\",\"BERG\",\"WALK_10M\","
                        + "\"WALK_6MIN\",\"EMS\",\"PSFS\",\"PAIN_NRS\"]}"))
                .andExpect(status().isBadRequest());
        // No such category: no such thing to change, as for any address with an id that is not there.
        mvc.perform(put("/api/v1/measure-suggestions/NOT_A_CATEGORY").with(httpBasic("lead.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"measureKeys\":[\"TUG\"]}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/measure-suggestions/RESPIRATORY").with(httpBasic("lead.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from measure_suggestion").query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/measure-suggestions").with(httpBasic("hca.demo", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(5))
                .andExpect(jsonPath("$[?(@.category == 'RESPIRATORY')].measures[0].key").value("WALK_6MIN"));
    }

    @Test
    void aTeamLeadChoosesOnThePageAndAMistakeIsShownBesideTheField() throws Exception {
        var lead = fixtures.principal("lead.demo");
        String form = mvc.perform(get("/measures/suggestions/CARDIOVASCULAR").with(user(lead)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"WALK_6MIN\" checked");
        mvc.perform(post("/measures/suggestions/CARDIOVASCULAR").with(user(lead)).with(csrf())
                .with(fixtures.formToken("lead.demo")).param("measureKeys", "CHAIR_STAND_30S", "TUG"))
                .andExpect(status().is3xxRedirection());
        String list = mvc.perform(get("/measures/suggestions").with(user(lead))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Chosen by your service").contains("/measures/suggestions/CARDIOVASCULAR");

        String refused = mvc.perform(post("/measures/suggestions/CARDIOVASCULAR").with(user(lead)).with(csrf())
                .with(fixtures.formToken("lead.demo")).param("measureKeys", "TUG", "nonsense-" + UUID.randomUUID()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("nhsuk-error-summary").contains("measureKeys-error");

        mvc.perform(get("/measures/suggestions/CARDIOVASCULAR").with(user(fixtures.principal("hca.demo"))))
                .andExpect(status().isForbidden());
        String asSupportWorker = mvc.perform(get("/measures/suggestions").with(user(fixtures.principal("hca.demo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asSupportWorker).doesNotContain("/measures/suggestions/CARDIOVASCULAR");
    }
}
