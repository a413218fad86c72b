package org.therapyassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** The team overview, the contribution report and the pulse for a Welsh browser. */
@IntegrationTest
class TeamPagesInWelshPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    private String page(String username, String path, String language) throws Exception {
        return mvc.perform(get(path).with(user(fixtures.principal(username))).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theTeamPagesAndThePulseAreInWelsh() throws Exception {
        assertThat(page("lead.demo", "/team", "cy")).contains("Trosolwg y tîm", "Goruchwyliaeth",
                "Hyfforddiant gorfodol", "Adolygiadau CDP").doesNotContain("??");
        assertThat(page("lead.demo", "/reports/contributions", "cy")).contains("Cyfraniad gweithwyr cymorth",
                "Y 6 mis diwethaf", "Pob tîm", "Ymweliadau a sesiynau a ddirprwywyd").doesNotContain("??");
        assertThat(page("lead.demo", "/team/pulse", "cy")).contains("Canlyniadau", "Y gwasanaeth cyfan")
                .doesNotContain("??").doesNotContain("Whole service");
        assertThat(page("hca.demo", "/pulse", "cy")).contains("Sut ydych chi", "Ddim o gwbl", "Bob dydd")
                .doesNotContain("??");
    }

    @Test
    void theEnglishStaysAsItWas() throws Exception {
        assertThat(page("lead.demo", "/team/pulse", "en-GB")).contains("Whole service", "Do staff feel valued?");
        assertThat(page("lead.demo", "/reports/contributions", "en-GB")).contains("Last 6 months",
                "Support workers’ contribution");
    }
}
