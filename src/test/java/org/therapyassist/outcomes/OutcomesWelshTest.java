package org.therapyassist.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Outcome measure pages in Welsh: the page's own words are Welsh, while a validated measure's name and items stay as
 * the instrument words them (licensed wording is not ours to translate).
 */
@IntegrationTest
class OutcomesWelshTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void theCatalogueIsInWelshButTheMeasuresKeepTheirOwnNames() throws Exception {
        String page = mvc.perform(get("/measures").with(user(fixtures.principal("pt.demo")))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"cy\"", "Mesurau canlyniadau", "Berg Balance Scale",
                "Timed Up and Go").doesNotContain("??", "<h1>Outcome measures</h1>");
    }

    @Test
    void aSupportWorkerAskingForDelegatedResultsIsRefusedInWelsh() throws Exception {
        mvc.perform(get("/api/v1/measure-results/delegated").with(httpBasic("sw.demo", "demo"))
                .header("Accept-Language", "cy")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("measure.registrant-only"))
                .andExpect(jsonPath("$.detail").value("Mae'r rhestr hon ar gyfer y cofrestrai a ddirprwyodd."));
    }

    @Test
    void anItemScoreOutOfRangeIsExplainedInWelshNamingTheItemAsTheInstrumentDoes() {
        LocaleContextHolder.setLocale(Languages.WELSH);
        try {
            Measure berg = MeasureLibrary.all().stream().filter(m -> m.key().equals(MeasureLibrary.BERG))
                    .findFirst().orElseThrow();
            var errors = MeasureScoring.check(berg, List.of(BigDecimal.valueOf(9)));
            assertThat(errors.get("items[0]")).contains("Sitting to standing").endsWith(": rhaid iddo fod rhwng 0 a 4");
            assertThat(errors.get("items[1]")).startsWith("Rhowch sgôr ar gyfer ");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
