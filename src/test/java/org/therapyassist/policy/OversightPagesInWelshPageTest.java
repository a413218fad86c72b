package org.therapyassist.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** "Who can do what", the audit trail check and the sign-in alerts for a Welsh browser. */
@IntegrationTest
class OversightPagesInWelshPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    private String page(String username, String path, String language) throws Exception {
        return mvc.perform(get(path).with(user(fixtures.principal(username))).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void thePolicyAuditAndSignInAlertPagesAreInWelsh() throws Exception {
        assertThat(page("lead.demo", "/policy", "cy")).contains("Pwy sy", "Lle mae", "Cyfeirnod:")
                .doesNotContain("??");
        assertThat(page("lead.demo", "/audit/verify", "cy")).contains("Gwirio", "Pwyntiau gwirio wedi")
                .doesNotContain("??");
        assertThat(page("admin.demo", "/security/sign-in-alerts", "cy")).contains("Rhybuddion mewngofnodi",
                "munud").doesNotContain("??");
        assertThat(page("admin.demo", "/security/sign-in-alerts", "en-GB")).contains("Sign-in alerts", "minutes");
    }
}
