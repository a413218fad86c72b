package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.IntegrationTest;

/**
 * The identity provider's refusal is read by someone Therapy Assist could not sign in: no session and no staff record,
 * so the page speaks the language of the browser's cookie or its Accept-Language.
 */
@IntegrationTest
class IdentitySignInRefusedWelshTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aWelshBrowserIsToldInWelshWhyItWasNotLetIn() throws Exception {
        String page = mvc.perform(get("/login/refused").param("reason", "no-staff-record")
                .header("Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5")).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"cy\"").contains("Nid oes gennych gyfrif Therapy Assist")
                .contains("Gofynnwch i arweinydd eich tîm").contains("sign-in.no-staff-record")
                .doesNotContain("You do not have").doesNotContain("??");
    }

    @Test
    void theLanguageChosenBeforeSigningInWinsOverTheBrowser() throws Exception {
        String page = mvc.perform(get("/login/refused").param("reason", "account-disabled")
                .cookie(new Cookie("ta-lang", "cy")).header("Accept-Language", "en-GB"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mae eich cyfrif Therapy Assist wedi&#39;i ddiffodd")
                .doesNotContain("switched off");
    }

    @Test
    void anUnknownReasonIsTheProvidersFailureInEnglishForAnEnglishBrowser() throws Exception {
        String page = mvc.perform(get("/login/refused").param("reason", "made-up").header("Accept-Language", "en-GB"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Signing in with your identity provider did not work")
                .contains("sign in with a Therapy Assist username and password").contains("sign-in.provider");
    }
}
