package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The language a page is drawn in: the browser's on a first visit, then the header's switch, remembered with the staff
 * record so that it follows the person to another computer.
 */
@IntegrationTest
class WelshPagesTest {

    private static final String USER = "megan.ap";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetTheChoice() {
        jdbc.sql("update staff_member set preferred_language = null where username = ?").param(USER).update();
    }

    @Test
    void aBrowserSetToWelshGetsWelshOnItsFirstVisit() throws Exception {
        String page = mvc.perform(get("/my-day").with(user(fixtures.principal(USER)))
                .header("Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"cy\"").contains(">Fy niwrnod<span class=\"ta-count\"")
                .contains(">Allgofnodi<")
                .contains("lang=\"en-GB\" hreflang=\"en-GB\">English</a>").doesNotContain("??");
    }

    @Test
    void aBrowserInAnotherLanguageGetsEnglish() throws Exception {
        String page = mvc.perform(get("/my-day").with(user(fixtures.principal(USER)))
                .header("Accept-Language", "fr-FR,fr;q=0.9")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"en-GB\"").contains(">My day<span class=\"ta-count\"")
                .contains(">Cymraeg</a>");
    }

    @Test
    void theSwitchIsRememberedForThePersonOnAnotherComputer() throws Exception {
        mvc.perform(get("/language").param("to", "cy").param("back", "/my-day?x=1")
                .with(user(fixtures.principal(USER)))).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my-day?x=1")).andExpect(cookie().value("ta-lang", "cy"));

        // Another computer: no cookie, an English browser.
        String page = mvc.perform(get("/my-day").with(user(fixtures.principal(USER)))
                .header("Accept-Language", "en-GB")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"cy\"").contains(">Fy niwrnod<span class=\"ta-count\"");

        // Someone else on that computer is not given the first person's choice.
        String theirs = mvc.perform(get("/my-day").with(user(fixtures.principal("hca.demo")))
                .header("Accept-Language", "en-GB")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(theirs).contains(">My day<span class=\"ta-count\"");
    }

    @Test
    void beforeSigningInTheChoiceIsKeptInACookie() throws Exception {
        mvc.perform(get("/language").param("to", "cy").param("back", "/login"))
                .andExpect(redirectedUrl("/login")).andExpect(cookie().value("ta-lang", "cy"));
        String login = mvc.perform(get("/login").cookie(new Cookie("ta-lang", "cy")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(login).contains("<html lang=\"cy\"").contains("Mewngofnodi i Therapy Assist")
                .contains(">Enw defnyddiwr</label>");
    }

    @Test
    void theSwitchGoesBackOnlyToAPageOfThisSiteSoItCannotSendSomeoneElsewhere() throws Exception {
        for (String away : new String[]{"//evil.example/x", "https://evil.example", "/\\evil.example",
                "javascript:x"}) {
            mvc.perform(get("/language").param("to", "cy").param("back", away)).andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void anAdministratorsPagesAndTheirRefusalsComeInWelsh() throws Exception {
        String page = mvc.perform(get("/admin/staff").with(user(fixtures.principal("admin.demo")))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">Cyfrifon staff</h1>").contains(">Ychwanegu tîm</button>").doesNotContain("??");

        // A field message from Bean Validation and a refusal written in Java, both from the bundles.
        String refused = mvc.perform(post("/api/v1/admin/teams").with(user(fixtures.principal("admin.demo")))
                .header("Accept-Language", "cy").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Rhowch enw''r tîm".replace("''", "'"))
                .contains("Dewiswch ble mae'r tîm yn gweithio");
        String english = mvc.perform(post("/api/v1/admin/teams").with(user(fixtures.principal("admin.demo")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Enter the team's name");
    }
}
