package org.therapyassist.referrals;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.careplans.Episode;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** The referrer's optional address for the outcome: taken when it is an address, a field error when it is not. */
@IntegrationTest
class ReferrerEmailApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aReferralTakesAnAddressForItsOutcomeAndRefusesOneThatIsNotAnAddress() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        String body = "{\"patientId\": \"%s\", \"teamId\": \"%s\", \"sourceRole\": \"GP\", \"sourceName\": \"Dr Lowe\", "
                + "\"reason\": \"Falls at home\", \"urgency\": \"SOON\", \"receivedOn\": \"%s\", \"referrerEmail\": \"%s\"}";

        mvc.perform(post("/api/v1/referrals").with(httpBasic("pt.demo", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(episode.patientId(), pt.teamId(), fixtures.today(), "dr.lowe@surgery")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("referrerEmail")));
        mvc.perform(post("/api/v1/referrals").with(httpBasic("pt.demo", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(episode.patientId(), pt.teamId(), fixtures.today(),
                        " dr.lowe@surgery.example ")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.referrerEmail").value("dr.lowe@surgery.example"));
    }
}
