package org.therapyassist.notifications;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** A person's own e-mail settings through the API and the page, with refusals beside the address. */
@IntegrationTest
class NotificationSettingsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aNewStarterHasNoAddressAndBothKindsOnUntilTheyChooseAndABadAddressIsA400() throws Exception {
        CurrentUser worker = fixtures.newSupportWorker(2);
        String me = worker.username();
        mvc.perform(get("/api/v1/notifications/settings").with(httpBasic(me, "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.email").doesNotExist()).andExpect(jsonPath("$.escalations").value(true))
                .andExpect(jsonPath("$.newDelegations").value(true));

        mvc.perform(put("/api/v1/notifications/settings").with(httpBasic(me, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"  new.starter@nhs.example \",\"escalations\":false,\"newDelegations\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value("new.starter@nhs.example"))
                .andExpect(jsonPath("$.escalations").value(false));

        mvc.perform(put("/api/v1/notifications/settings").with(httpBasic(me, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"not an address\",\"escalations\":true,\"newDelegations\":true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(get("/api/v1/notifications/settings").with(httpBasic(me, "demo")))
                .andExpect(jsonPath("$.email").value("new.starter@nhs.example"));
    }

    @Test
    void thePageSavesTheChoiceAndShowsABadAddressBesideTheBox() throws Exception {
        CurrentUser worker = fixtures.newSupportWorker(2);
        String me = worker.username();
        mvc.perform(post("/notifications/settings").with(user(fixtures.principal(me))).with(csrf())
                .with(fixtures.formToken(me)).param("email", "someone@localhost").param("escalations", "true"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("<title>Error: ")))
                .andExpect(content().string(Matchers.containsString("href=\"#email\"")));

        mvc.perform(post("/notifications/settings").with(user(fixtures.principal(me))).with(csrf())
                .with(fixtures.formToken(me)).param("email", "someone@nhs.example").param("newDelegations", "true"))
                .andExpect(redirectedUrl("/notifications/settings"));
        mvc.perform(get("/api/v1/notifications/settings").with(httpBasic(me, "demo")))
                .andExpect(jsonPath("$.email").value("someone@nhs.example"))
                .andExpect(jsonPath("$.escalations").value(false)).andExpect(jsonPath("$.newDelegations").value(true));
    }
}
