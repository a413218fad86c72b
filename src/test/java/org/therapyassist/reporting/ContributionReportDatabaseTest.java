package org.therapyassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.sessions.NewSessionRecord;
import org.therapyassist.sessions.SessionRecords;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class ContributionReportDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ContributionReport report;
    @Autowired
    DelegationDesk desk;
    @Autowired
    SessionRecords records;
    @Autowired
    MockMvc mvc;

    ContributionRules.Share visits(CurrentUser lead) {
        return report.of(lead, fixtures.today().minusMonths(1), fixtures.today(), null).contributions().shares()
                .getFirst();
    }

    @Test
    void aSignedVisitCountsOnceForSupportWorkersAndASecondRecordTheSameDayIsTheSameContact() {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.user("hca.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView task = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        desk.accept(hca, task.id());
        ContributionRules.Share before = visits(lead);

        var first = records.record(hca,
                new NewSessionRecord(task.id(), fixtures.today(), null, "Managed the programme", null, null,
                        null, null, null, null, null));
        assertThat(visits(lead).bySupportWorkers()).as("a draft is not yet a contact")
                .isEqualTo(before.bySupportWorkers());
        records.sign(hca, first.id());
        assertThat(visits(lead).bySupportWorkers()).isEqualTo(before.bySupportWorkers() + 1);
        var second = records.record(hca,
                new NewSessionRecord(task.id(), fixtures.today(), null, "Came back after lunch", null, null,
                        null, null, null, null, null));
        records.sign(hca, second.id());
        assertThat(visits(lead).bySupportWorkers()).isEqualTo(before.bySupportWorkers() + 1);
        assertThat(visits(lead).byRegistrants()).isEqualTo(before.byRegistrants());
    }

    @Test
    void theDemoServiceShowsVisitsGroupsAndAssessmentsAndOutcomeChange() {
        var r = report.of(fixtures.user("lead.demo"), fixtures.today().minusMonths(12).plusDays(1), fixtures.today(),
                null);
        assertThat(r.contributions().shares()).extracting(ContributionRules.Share::total).allMatch(n -> n > 0);
        assertThat(r.contributions().total().supportWorkerPercent()).isBetween(1, 99);
        assertThat(r.contributions().outcomes()).isNotEmpty();
    }

    @Test
    void onlyLeadsAndTherapistsReadItAndAPeriodBackToFrontIsRefused() throws Exception {
        assertThatThrownBy(
                () -> report.of(fixtures.user("sw.demo"), fixtures.today().minusMonths(1), fixtures.today(), null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(
                () -> report.of(fixtures.user("lead.demo"), fixtures.today(), fixtures.today().minusDays(1), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("to"));

        mvc.perform(get("/api/v1/reports/contributions").with(httpBasic("lead.demo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contributions.shares[0].kind").value("VISIT"))
                .andExpect(jsonPath("$.contributions.outcomes").isArray());
        mvc.perform(
                get("/api/v1/reports/contributions?from=2026-05-01&to=2026-04-01").with(httpBasic("lead.demo", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/reports/contributions?from=yesterday").with(httpBasic("lead.demo", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/contributions").with(httpBasic("sw.demo", "demo")))
                .andExpect(status().isForbidden());
    }
}
