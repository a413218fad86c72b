package org.therapyassist.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** The triage queue and the referral forms in Welsh, and the refusals of the API in the caller's language. */
@IntegrationTest
class ReferralsWelshTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void theTriageQueueAndTheReferralFormAreInWelsh() throws Exception {
        String queue = mvc.perform(get("/referrals").with(user(fixtures.principal("pt.demo")))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("<html lang=\"cy\"", "Atgyfeiriadau sy&#39;n aros i gael eu brysbennu",
                "Dangos y ciw", "Wedi&#39;u brysbennu&#39;n ddiweddar").doesNotContain("??", "Show queue");

        String form = mvc.perform(get("/referrals/new").with(user(fixtures.principal("pt.demo")))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Cofnodi atgyfeiriad", "Rheswm dros atgyfeirio", "Pa mor frys ydyw?",
                "Hunanatgyfeirio", "Brys – ymateb o fewn 2 diwrnod").doesNotContain("??", "Record referral");
    }

    @Test
    void anApiCallerAskingForWelshGetsItsFieldMessagesInWelshWithTheCodesUnchanged() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        mvc.perform(post("/api/v1/referrals").with(httpBasic("pt.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "cy")
                .content("{\"teamId\": \"%s\", \"sourceRole\": \"GP\", \"urgency\": \"SOON\", \"receivedOn\": \"%s\"}"
                        .formatted(pt.teamId(), fixtures.today())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Rhowch y rheswm dros atgyfeirio")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Rhowch enw'r person a atgyfeiriodd")));
    }
}
