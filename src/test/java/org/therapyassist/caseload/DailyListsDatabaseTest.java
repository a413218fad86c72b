package org.therapyassist.caseload;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The lists a team works from besides the caseload: discharge summaries waiting to be signed and signed ones with
 * their letters (the demo's community team signed one), and the referrals the team has sent.
 */
@IntegrationTest
class DailyListsDatabaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aSignedDischargeAndItsLetterAreFoundFromTheListNotOnlyThroughTheApi() throws Exception {
        mvc.perform(get("/discharges").param("status", "signed").with(user(fixtures.principal("ot.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"discharge-letter\"")))
                .andExpect(content().string(Matchers.containsString("/letter.pdf")));
        mvc.perform(get("/api/v1/discharges").param("status", "SIGNED").with(httpBasic("ot.demo", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()", Matchers.greaterThan(0)))
                .andExpect(jsonPath("$[0].status").value("SIGNED"));
        mvc.perform(get("/api/v1/discharges").param("status", "LOST").with(httpBasic("ot.demo", "demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void draftsToSignAndReferralsSentOpenForTheTeam() throws Exception {
        mvc.perform(get("/discharges").with(user(fixtures.principal("pt.demo")))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Drafts to sign")));
        mvc.perform(get("/discharges").param("whose", "mine").with(user(fixtures.principal("pt.demo"))))
                .andExpect(status().isOk());
        mvc.perform(get("/referrals/sent").with(user(fixtures.principal("pt.demo")))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Referrals your team has sent")));
        mvc.perform(get("/api/v1/referrals-out").with(httpBasic("pt.demo", "demo"))).andExpect(status().isOk());
    }
}
