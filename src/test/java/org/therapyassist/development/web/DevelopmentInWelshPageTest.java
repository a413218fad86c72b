package org.therapyassist.development.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.therapyassist.exercises.PdfText;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The development, staff, PDP and gap-analysis pages, their messages and the competency passport, for someone whose
 * browser asks for Welsh: Welsh words, never a "??key??" where a text is missing, and English still for an English
 * browser.
 */
@IntegrationTest
class DevelopmentInWelshPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    private String page(String username, String path, String language) throws Exception {
        return mvc.perform(get(path).with(user(fixtures.principal(username))).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private UUID staff(String username) {
        return fixtures.user(username).staffId();
    }

    @Test
    void theDevelopmentPagesAreInWelshForAWelshBrowser() throws Exception {
        UUID hca = staff("hca.demo");
        assertThat(page("hca.demo", "/staff/" + hca + "/development", "cy")).contains("<html lang=\"cy\"")
                .contains("Fy natblygiad", "Cymwyseddau", "Pasbort cymhwysedd", "Rhestr wirio", "Patrwm gweithio")
                .contains("yn Gymraeg").doesNotContain("??").doesNotContain("My development");
        assertThat(page("hca.demo", "/staff/" + hca + "/development/3.07", "cy"))
                .contains("Aseswch eich hun", "Pa mor hyderus ydych chi?", "Hyderus", "Nodyn myfyriol")
                .doesNotContain("??");
        assertThat(page("lead.demo", "/staff/" + hca + "/pdp", "cy"))
                .contains("Cynllun datblygu ac amser dysgu", "Ychwanegu amcan", "Trefnu sesiwn ddysgu")
                .doesNotContain("??");
        assertThat(page("pt.demo", "/staff/" + hca, "cy"))
                .contains("Goruchwyliaeth", "Cofnodi sesiwn oruchwylio", "Clinigol", "Rhai pryderon", "Dweud diolch")
                .doesNotContain("??");
        assertThat(page("lead.demo", "/reports/training-needs", "cy"))
                .contains("Dadansoddi bylchau ac anghenion hyfforddi", "gweithiwr cymorth yn erbyn", "Fesul parth")
                .doesNotContain("??");
        assertThat(page("lead.demo", "/staff", "cy")).contains("<h1>Staff</h1>").doesNotContain("??");
    }

    @Test
    void anEnglishBrowserStillGetsTheEnglishWords() throws Exception {
        UUID hca = staff("hca.demo");
        assertThat(page("hca.demo", "/staff/" + hca + "/development", "en-GB")).contains("My development",
                "Competency passport", "Career pathway checklist", "held in date");
        assertThat(page("lead.demo", "/reports/training-needs", "en-GB")).contains("missing for stage",
                "Gap analysis and training needs");
    }

    @Test
    void aFieldErrorAndABannerComeInWelsh() throws Exception {
        UUID hca = staff("hca.demo");
        String refused = mvc.perform(post("/staff/" + hca + "/thanks").with(user(fixtures.principal("pt.demo")))
                .with(csrf()).with(fixtures.formToken("pt.demo")).header("Accept-Language", "cy"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Mae problem").contains("Dywedwch am beth rydych yn diolch i");

        MvcResult sent = mvc.perform(post("/staff/" + hca + "/thanks").with(user(fixtures.principal("pt.demo")))
                .with(csrf()).with(fixtures.formToken("pt.demo")).header("Accept-Language", "cy")
                .param("message", "Diolch am y sesiwn grisiau")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(sent.getFlashMap().get("banner")).isEqualTo("Diolch wedi’i anfon.".replace('’', '\''));
    }

    @Test
    void thePassportPrintsInTheLanguageAskedForOnThePageAndInTheApi() throws Exception {
        UUID megan = staff("megan.ap");
        byte[] welsh = mvc.perform(get("/staff/" + megan + "/passport.pdf").param("lang", "cy")
                .with(user(fixtures.principal("megan.ap"))).header("Accept-Language", "en-GB"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(welsh)).contains("Pasbort cymhwysedd", "Cymwyseddau a gymeradwywyd", "Cyhoeddwyd gan",
                "Megan Price").doesNotContain("Competencies signed off");

        byte[] english = mvc.perform(get("/api/v1/staff/" + megan + "/passport.pdf").param("lang", "en-GB")
                .with(httpBasic("megan.ap", "demo")).header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(english)).contains("Competency passport", "Competencies signed off and in date");

        // No lang: the reader's own language.
        byte[] readers = mvc.perform(get("/api/v1/staff/" + megan + "/passport.pdf")
                .with(httpBasic("megan.ap", "demo")).header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(readers)).contains("Pasbort cymhwysedd");
    }

    @Test
    void aLanguageWeDoNotPrintInIsRefusedInTheReadersLanguageNotPrintedInEnglish() throws Exception {
        UUID megan = staff("megan.ap");
        mvc.perform(get("/api/v1/staff/" + megan + "/passport.pdf").param("lang", "fr")
                .with(httpBasic("megan.ap", "demo")).header("Accept-Language", "cy"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("lang")))
                .andExpect(jsonPath("$.errors[*].message",
                        hasItem("Dewiswch yr iaith i argraffu ynddi: en-GB (Saesneg) neu cy (Cymraeg)")));
    }
}
