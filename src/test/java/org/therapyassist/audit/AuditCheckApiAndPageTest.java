package org.therapyassist.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.IntegrationTest;

/** A team lead sees the audit check, with what the signed checkpoints say, in the API and on the page. */
@IntegrationTest
class AuditCheckApiAndPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theAuditCheckSaysTheTrailIsIntactAndWhichSignedCheckpointCoversIt() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("lead.demo", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.eventsChecked").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.breaks").isEmpty())
                .andExpect(jsonPath("$.checkpoint.latestNumber").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.checkpoint.latestTakenAt").value(notNullValue()))
                .andExpect(jsonPath("$.checkpoint.inAnchorLog").value(true))
                .andExpect(jsonPath("$.checkpoint.keyId").value(notNullValue()));
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("pt.demo", "demo"))).andExpect(status().isForbidden());

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("lead.demo").password("demo"))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/audit/verify").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("audit events are intact")))
                .andExpect(content().string(containsString("Signed checkpoints")))
                .andExpect(content().string(containsString("In the anchor log")));
    }
}
