package org.therapyassist.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** A support worker who reads Welsh records a session, signs it and stops to contact the therapist in Welsh. */
@IntegrationTest
class SessionsInWelshPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;
    @Autowired
    SessionRecords records;

    @Test
    void aDraftRecordAndItsSignatureAreInWelsh() throws Exception {
        CurrentUser hca = fixtures.newSupportWorker(3, "3.01");
        DelegationView d = acceptedBy(hca);
        SessionRecordView draft = records.record(hca, new NewSessionRecord(d.id(), fixtures.today(),
                List.of(new NewSessionRecord.Activity("Sit to stand", 3, 8)), "Tolerated well", 3, 2, null, null,
                List.of(), null, null));

        String page = mvc.perform(get("/session-records/" + draft.id()).with(user(fixtures.principal(hca.username())))
                .header("Accept-Language", "cy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">Drafft – heb ei lofnodi<").contains(">Ymateb y claf<")
                .contains("Cyn 3, wedyn 2").contains(">Llofnodi&#39;r cofnod<").doesNotContain("Patient response")
                .doesNotContain("??");

        mvc.perform(post("/session-records/" + draft.id() + "/sign").with(user(fixtures.principal(hca.username())))
                .with(csrf()).with(fixtures.formToken(hca.username())).header("Accept-Language", "cy"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("banner",
                        "Cofnod wedi'i lofnodi. Ni ellir ei newid mwyach; ychwanegwch ddiwygiad os oes rhywbeth o'i le."));
    }

    @Test
    void anEmptyConcernIsRefusedInWelsh() throws Exception {
        CurrentUser hca = fixtures.newSupportWorker(3, "3.01");
        DelegationView d = acceptedBy(hca);
        String form = mvc.perform(get("/escalations/new").param("delegationId", d.id().toString())
                .with(user(fixtures.principal(hca.username()))).header("Accept-Language", "cy"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains(">Stopio a chysylltu</h1>").contains(">Anfon at y therapydd<");

        String refused = mvc.perform(post("/escalations").param("delegationId", d.id().toString()).param("concern", "")
                .with(user(fixtures.principal(hca.username()))).with(csrf()).with(fixtures.formToken(hca.username()))
                .header("Accept-Language", "cy")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Disgrifiwch beth sydd wedi digwydd a beth sydd ei angen arnoch")
                .doesNotContain("Describe what has happened");
    }

    private DelegationView acceptedBy(CurrentUser hca) {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt, fixtures.delegation(episode.patientId(), null, "EXERCISE_PROGRAMME",
                hca.staffId()));
        desk.accept(hca, d.id());
        return d;
    }
}
