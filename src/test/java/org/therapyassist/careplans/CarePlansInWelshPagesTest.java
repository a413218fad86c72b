package org.therapyassist.careplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Episodes of care and goals in Welsh for a therapist who works in Welsh. */
@IntegrationTest
class CarePlansInWelshPagesTest {

    private static final String PT = "pt.demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void theEpisodeAndGoalPagesAreInWelsh() throws Exception {
        Episode episode = fixtures.patientWithEpisode(fixtures.user(PT));
        String open = mvc.perform(get("/patients/" + episode.patientId() + "/episodes/new")
                .with(user(fixtures.principal(PT))).header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(open).contains(">Agor cyfnod gofal</h1>").contains(">Niwrolegol<").contains(">Cleifion allanol<")
                .doesNotContain("Reason for referral").doesNotContain("??");

        String goalForm = mvc.perform(get("/episodes/" + episode.id() + "/goals/new")
                .with(user(fixtures.principal(PT))).header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(goalForm).contains("−2 llawer llai na&#39;r disgwyl").contains("Graddio Cyrhaeddiad Nodau");

        String goal = mvc.perform(get("/goals/" + episode.goals().getFirst().id()).with(user(fixtures.principal(PT)))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(goal).contains("Gosodwyd y nod hwn heb lefelau cyrhaeddiad").contains("Dyddiad targed:");
    }

    @Test
    void anEpisodeWithoutItsReasonIsRefusedInWelsh() throws Exception {
        Episode episode = fixtures.patientWithEpisode(fixtures.user(PT));
        String refused = mvc.perform(post("/patients/" + episode.patientId() + "/episodes")
                .with(user(fixtures.principal(PT))).with(csrf()).with(fixtures.formToken(PT))
                .header("Accept-Language", "cy")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Rhowch y rheswm dros atgyfeirio").contains("Dewiswch gategori&#39;r cyflwr")
                .doesNotContain("Enter the reason for referral");
    }
}
