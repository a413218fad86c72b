package org.therapyassist.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** The inbox and the reminder pages in Welsh for someone whose browser asks for Welsh. */
@IntegrationTest
class InboxInWelshPagesTest {

    private static final String WELSH = "cy-GB,cy;q=0.9";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void theInboxAndTheRemindersAreDrawnInWelsh() throws Exception {
        assertThat(page("lead.demo", "/inbox")).contains("<h1>Mewnflwch</h1>");
        assertThat(page("lead.demo", "/reminders")).contains("<h1>Eich nodiadau atgoffa</h1>");
        assertThat(page("lead.demo", "/reminders?group=TRAINING")).contains("Nodiadau atgoffa: Hyfforddiant gorfodol");
    }

    @Test
    void theBannerAfterDismissingIsInWelsh() throws Exception {
        mvc.perform(post("/reminders/dismiss-all").with(user(fixtures.principal("lead.demo"))).with(csrf())
                .with(fixtures.formToken("lead.demo")).header("Accept-Language", WELSH)
                .param("raisedUpTo", "2000-01-01T00:00:00Z").param("back", "list"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("banner", "Doedd dim nodiadau atgoffa i'w diystyru."));
    }

    private String page(String username, String path) throws Exception {
        String html = mvc.perform(get(path).with(user(fixtures.principal(username))).header("Accept-Language",
                WELSH)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).as(path).contains("<html lang=\"cy\"").doesNotContain("??");
        return html;
    }
}
