package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** The platform's own words (the error page, API problem details) follow the reader's language; codes never change. */
@IntegrationTest
class PlatformWelshTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aPageThatIsNotThereSaysSoInWelsh() throws Exception {
        String page = mvc.perform(get("/referrals").param("page", "x").with(user(fixtures.principal("pt.demo")))
                .header("Accept-Language", "cy")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        // The code is for support and the API: on the page it is data, not words to read in either language.
        assertThat(page).contains("<html lang=\"cy\"", "Mae angen rhagor o wybodaeth ar y dudalen hon",
                "Mynd i&#39;ch tudalen gychwyn", "data-error-code=")
                .doesNotContain("??", "Go to your start page", "Cyfeirnod:");
    }

    @Test
    void anApiProblemsDetailFollowsAcceptLanguageWithItsCodeUnchanged() throws Exception {
        mvc.perform(get("/api/v1/referrals/not-an-id").with(httpBasic("pt.demo", "demo"))
                .header("Accept-Language", "cy")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(jsonPath("$.detail").value("Does dim byd yn y cyfeiriad hwn."));
        mvc.perform(get("/api/v1/referrals/not-an-id").with(httpBasic("pt.demo", "demo"))
                .header("Accept-Language", "en-GB")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is nothing at this address."));
    }

    @Test
    void aDateOutOfRangeInAJsonBodyIsExplainedInWelsh() throws Exception {
        mvc.perform(post("/api/v1/referrals").with(httpBasic("pt.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "cy")
                .content("{\"receivedOn\": \"1800-01-01\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("rhaid iddo fod yn ddyddiad go iawn rhwng 1 Ionawr 1900 a 31 Rhagfyr 2200"));
    }
}
