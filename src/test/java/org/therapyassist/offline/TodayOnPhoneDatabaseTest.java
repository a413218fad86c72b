package org.therapyassist.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.NewDelegation;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * What a phone keeps for working without signal: My day, the offline page and the record form of each task due today
 * for the signed-in worker, nothing else about patients, and only until the time set (H98).
 */
@IntegrationTest
class TodayOnPhoneDatabaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;
    @Autowired
    TodayOnPhone today;
    @Autowired
    OfflineProperties properties;

    DelegationView delegatedTo(CurrentUser worker, boolean accepted, int startsInDays) {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        NewDelegation asked = fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME",
                worker.staffId());
        NewDelegation later = new NewDelegation(asked.patientId(), asked.episodeId(), asked.taskType(),
                asked.workerId(), asked.instructions(), asked.frequency(), asked.timeOfDay(),
                asked.startsOn().plusDays(startsInDays), asked.endsOn(), asked.escalationCriteria(),
                asked.patientRisks(), asked.consent(), asked.consentNote(), asked.supervision(),
                asked.contactInstructions(), asked.reviewOn(), true, true, true, true, true, true);
        DelegationView d = desk.delegate(pt, later);
        if (accepted) {
            desk.accept(worker, d.id());
        }
        return d;
    }

    @Test
    void h98_thePhoneKeepsTodaysDueTasksAndNothingElseAboutPatients() {
        CurrentUser worker = fixtures.newSupportWorker(2, "3.01", "3.07");
        DelegationView due = delegatedTo(worker, true, 0);
        DelegationView notAnswered = delegatedTo(worker, false, 0);
        DelegationView nextWeek = delegatedTo(worker, true, 7);

        TodayOnPhone.Today kept = today.of(worker);

        assertThat(kept.pages()).containsExactly("/my-day", "/offline",
                "/session-records/new?delegationId=" + due.id());
        assertThat(kept.pages()).noneMatch(p -> p.contains(notAnswered.id().toString())
                || p.contains(nextWeek.id().toString()) || p.startsWith("/patients"));
        assertThat(kept.staffId()).isEqualTo(worker.staffId());
        assertThat(kept.date()).isEqualTo(fixtures.today());
    }

    @Test
    void h98_whatIsKeptIsWipedAfterTheTimeSet() {
        CurrentUser worker = fixtures.newSupportWorker(2);
        TodayOnPhone.Today kept = today.of(worker);
        assertThat(Duration.between(kept.keptAt(), kept.wipeAfter())).isEqualTo(properties.keepFor())
                .isEqualTo(Duration.ofHours(18));
    }

    @Test
    void h98_aKeepingTimeLongerThanADayIsRefused() {
        assertThatThrownBy(() -> new OfflineProperties(Duration.ofHours(25)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theListIsForTheSignedInWorkerAndNeverKeptByTheBrowsersOwnCache() throws Exception {
        mvc.perform(get("/offline/today").with(user(fixtures.principal("hca.demo"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"));
        mvc.perform(get("/offline/today")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theOfflinePageSaysWhatStillWorks() throws Exception {
        String page = mvc.perform(get("/offline").with(user(fixtures.principal("hca.demo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("You have no signal").contains("phone them");
    }
}
