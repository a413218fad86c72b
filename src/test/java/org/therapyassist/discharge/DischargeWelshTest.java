package org.therapyassist.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.careplans.Episode;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The discharge summary in Welsh for a Welsh-speaking therapist, and the letter in the language the patient reads,
 * which need not be the therapist's (Welsh Language Standards: patient-facing documents in Welsh).
 */
@IntegrationTest
class DischargeWelshTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Discharges discharges;

    @Test
    void aWelshReaderSeesTheSummaryPageInWelshWithBothLetterLanguagesOffered() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DischargeSummary draft = discharges.start(pt, episode.id());

        String page = mvc.perform(get("/discharges/" + draft.id()).with(user(fixtures.principal("pt.demo")))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"cy\"", "Crynodeb rhyddhau", "Drafft – heb ei lofnodi",
                "Offer yn y cartref", "Cofnodi trafodaeth", "Gyda&#39;r claf neu&#39;r teulu",
                "Llofnodi&#39;r crynodeb")
                .doesNotContain("??", "Sign the summary", "Record a discussion");
    }

    @Test
    void aRefusalToSignWithoutTheDiscussionComesInWelsh() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DischargeSummary draft = discharges.start(pt, episode.id());

        String page = mvc.perform(post("/discharges/" + draft.id() + "/sign").param("version",
                String.valueOf(draft.version())).with(user(fixtures.principal("pt.demo"))).with(csrf())
                .with(fixtures.formToken("pt.demo")).header("Accept-Language", "cy"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Mae problem", "Cofnodwch y drafodaeth gyda&#39;r claf neu ei deulu cyn llofnodi",
                "Rhowch y cyngor a roddwyd i&#39;r claf").doesNotContain("Record the discussion with the patient");
    }

    @Test
    void theLetterIsPrintedInTheLanguageAskedForNotTheReaders() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        DischargeSummary draft = discharges.start(pt, fixtures.patientWithEpisode(pt).id());
        // Before signing, the refusal follows the reader's language.
        String refusal = mvc.perform(get("/api/v1/discharges/" + draft.id() + "/letter.pdf")
                .with(user(fixtures.principal("pt.demo"))).header("Accept-Language", "cy"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refusal).contains("Bydd y llythyr yn barod pan fydd y crynodeb wedi")
                .contains("discharge.not-signed");

        mvc.perform(get("/discharges/" + draft.id() + "/letter.pdf").param("lang", "fr")
                .with(user(fixtures.principal("pt.demo")))).andExpect(status().isBadRequest());
    }
}
