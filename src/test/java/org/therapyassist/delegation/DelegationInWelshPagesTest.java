package org.therapyassist.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.careplans.Episode;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** A support worker who reads Welsh has My day, the task and its answers in Welsh (the Welsh Language Standards). */
@IntegrationTest
class DelegationInWelshPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;

    @Test
    void aWelshSpeakingSupportWorkerGetsMyDayAndTheTaskInWelsh() throws Exception {
        CurrentUser hca = fixtures.newSupportWorker(3, "3.01");
        DelegationView offered = offerTo(hca);

        String day = mvc.perform(get("/my-day").with(user(fixtures.principal(hca.username())))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(day).contains(">Fy niwrnod</h1>").contains("1 dasg newydd i’w derbyn neu ei gwrthod")
                .doesNotContain(">My day</h1>").doesNotContain("??");

        String task = mvc.perform(get("/delegations/" + offered.id()).with(user(fixtures.principal(hca.username())))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(task).contains(">Tasg wedi&#39;i dirprwyo<").contains(">Yn aros am ymateb<")
                .contains(">Derbyn y dasg<").contains("Bob dydd, bore").doesNotContain("??");
    }

    @Test
    void theAnswersToAWelshSpeakingWorkerComeInWelsh() throws Exception {
        CurrentUser hca = fixtures.newSupportWorker(3, "3.01");
        DelegationView offered = offerTo(hca);

        String refused = mvc.perform(post("/delegations/" + offered.id() + "/decline")
                .with(user(fixtures.principal(hca.username()))).with(csrf())
                .with(fixtures.formToken(hca.username())).header("Accept-Language", "cy"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Dewiswch pam rydych chi&#39;n gwrthod").doesNotContain("Choose why");

        mvc.perform(post("/delegations/" + offered.id() + "/accept").with(user(fixtures.principal(hca.username())))
                .with(csrf()).with(fixtures.formToken(hca.username())).header("Accept-Language", "cy"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("banner", "Rydych wedi derbyn y dasg. Mae hi bellach ar eich diwrnod."));
    }

    static final DelegationRules.Worker NOBODY = new DelegationRules.Worker("", Optional.empty(), Map.of());

    @Test
    void aRefusalToDelegateIsWrittenInTheTherapistsLanguage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("cy"));
        try {
            assertThat(DelegationRules.refusal(true, Enums.Consent.NOT_RECORDED, null, NOBODY, null, null)
                    .orElseThrow().message())
                    .isEqualTo("Cofnodwch gydsyniad y claf, neu benderfyniad er lles pennaf, cyn dirprwyo.");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(DelegationRules.refusal(true, Enums.Consent.NOT_RECORDED, null, NOBODY, null, null)
                .orElseThrow().message())
                .isEqualTo("Record the patient's consent, or a best-interest decision, before delegating.");
    }

    private DelegationView offerTo(CurrentUser hca) {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        return desk.delegate(pt, fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME",
                hca.staffId()));
    }
}
