package org.therapyassist.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.careplans.Episode;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The library and the programme in the therapist's language, and the home sheet printed in the patient's: a Welsh
 * speaker's sheet can be printed in Welsh by a therapist who works in English, and the other way round.
 */
@IntegrationTest
class ExercisesInWelshPagesTest {

    private static final String PT = "pt.demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void theLibraryAndItsBodyRegionsAreInWelsh() throws Exception {
        String page = mvc.perform(get("/exercises").with(user(fixtures.principal(PT)))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">Llyfrgell ymarferion</h1>").contains(">Pen-glin<").contains(">Cryfder<")
                .contains(">Dangos ymarferion<").doesNotContain(">Exercise library</h1>").doesNotContain("??");
    }

    @Test
    void anExerciseWithoutItsWordsIsRefusedInWelsh() throws Exception {
        String refused = mvc.perform(post("/exercises").with(user(fixtures.principal(PT))).with(csrf())
                .with(fixtures.formToken(PT)).header("Accept-Language", "cy")).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("Rhowch enw&#39;r ymarfer").contains("Rhowch y nodyn diogelwch")
                .contains(">codi o eistedd i sefyll<").doesNotContain("Enter the name of the exercise");
    }

    @Test
    void theSheetPagePrintsInEitherLanguageAndTheWelshPdfIsInWelsh() throws Exception {
        Episode episode = fixtures.patientWithEpisode(fixtures.user(PT));
        String sheet = mvc.perform(get("/episodes/" + episode.id() + "/home-sheet").with(user(fixtures.principal(PT)))
                .header("Accept-Language", "en-GB")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(sheet).contains(">Print in English</a>").contains(">Argraffu yn Gymraeg</a>")
                .contains("lang=cy");

        byte[] welsh = mvc.perform(get("/episodes/" + episode.id() + "/home-sheet.pdf").param("lang", "cy")
                .with(user(fixtures.principal(PT))).header("Accept-Language", "en-GB")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(welsh)).contains("Eich ymarferion cartref", "Does dim ymarferion ar eich rhaglen eto.")
                .doesNotContain("Your home exercises");

        byte[] english = mvc.perform(get("/api/v1/episodes/" + episode.id() + "/home-sheet.pdf")
                .param("lang", "en-GB").with(httpBasic(PT, "demo")).header("Accept-Language", "cy"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(english)).contains("Your home exercises");

        mvc.perform(get("/api/v1/episodes/" + episode.id() + "/home-sheet.pdf").param("lang", "fr")
                .with(httpBasic(PT, "demo"))).andExpect(status().isBadRequest());
    }
}
