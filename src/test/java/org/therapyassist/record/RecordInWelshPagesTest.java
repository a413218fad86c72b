package org.therapyassist.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.careplans.Episode;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** The patient record and its timeline in Welsh for a therapist who works in Welsh. */
@IntegrationTest
class RecordInWelshPagesTest {

    private static final String PT = "pt.demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void theRecordAndItsTimelineAreInWelsh() throws Exception {
        Episode episode = fixtures.patientWithEpisode(fixtures.user(PT));
        String record = mvc.perform(get("/patients/" + episode.patientId()).with(user(fixtures.principal(PT)))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(record).contains(">Cofnod claf<").contains(">Cyfnodau gofal</h2>").contains(">Ar agor<")
                .contains(">Dyddiad geni<").contains("Does dim byd wedi&#39;i ddirprwyo ar gyfer y claf hwn.")
                .doesNotContain(">Patient record<").doesNotContain("??");

        String timeline = mvc.perform(get("/patients/" + episode.patientId() + "/timeline")
                .with(user(fixtures.principal(PT))).header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(timeline).contains(">Llinell amser</h1>").contains("Agorwyd cyfnod gofal Niwrolegol")
                .doesNotContain("episode opened");
    }

    @Test
    void aTimelineAskedForTooFarBackIsRefusedInWelsh() throws Exception {
        Episode episode = fixtures.patientWithEpisode(fixtures.user(PT));
        String problem = mvc.perform(get("/api/v1/patients/" + episode.patientId() + "/timeline").param("page", "100")
                .param("size", "50").with(httpBasic(PT, "demo")).header("Accept-Language", "cy"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("Mae''r llinell amser yn mynd yn ôl".replace("''", "'"))
                .doesNotContain("The timeline goes back");
    }
}
