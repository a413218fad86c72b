package org.therapyassist.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.careplans.Commands;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.patients.AlertKind;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Caseload lists against the database (H2, and PostgreSQL in CI): who is on whose list, filters, audit. */
@IntegrationTest
class CaseloadDatabaseTest {

    @Autowired
    Caseloads caseloads;
    @Autowired
    PatientRecords patients;
    @Autowired
    CarePlans carePlans;
    @Autowired
    DelegationDesk desk;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;

    private Patient inBed(CurrentUser lead, String location, ConditionCategory category, boolean fallsRisk) {
        Patient p = patients.register(lead, new NewPatient(Fixtures.nextNhsNumber(), "Case", "Load" + UUID.randomUUID()
                .toString().substring(0, 6), LocalDate.of(1950, 5, 5), "2 Rope Walk, Northgate", "NG4 2RW", null,
                fallsRisk ? List.of(new NewPatient.NewAlert(AlertKind.FALLS_RISK, null)) : List.of()));
        carePlans.open(lead, p.id(), new Commands.OpenEpisode("Reduced mobility", category, CareSetting.WARD, location,
                lead.teamId(), null));
        return p;
    }

    private List<UUID> ids(CurrentUser me, Caseloads.Query q) {
        return caseloads.of(me, q, PageRequest.first(200)).rows().items().stream().map(Caseloads.Row::patientId)
                .toList();
    }

    @Test
    void aTherapistsOwnListIsTheEpisodesSheLeadsAndASupportWorkersIsHerDelegatedPatients() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser sw = fixtures.user("sw.demo");
        Patient mine = inBed(pt, "Ward 7, bay 5, bed 1", ConditionCategory.CARDIOVASCULAR, false);
        var episode = carePlans.episodesOf(pt.organisationId(), mine.id()).getFirst();
        desk.delegate(pt, fixtures.delegation(mine.id(), episode.id(), "EXERCISE_PROGRAMME", sw.staffId()));
        Caseloads.Query cardio = new Caseloads.Query(Caseloads.View.MINE, null, ConditionCategory.CARDIOVASCULAR,
                false, false, null);

        assertThat(ids(pt, cardio)).contains(mine.id());
        assertThat(ids(sw, cardio)).contains(mine.id());
        assertThat(ids(fixtures.user("hca.demo"), cardio)).doesNotContain(mine.id());
        // Another team's worker does not see it on her team's list either.
        assertThat(ids(fixtures.user("aisha.sw"), new Caseloads.Query(Caseloads.View.TEAM, null, null, false, false,
                null))).doesNotContain(mine.id());
        assertThat(ids(fixtures.user("admin.demo"), cardio)).isEmpty();
    }

    @Test
    void filtersNarrowTheWardListWhichIsInBedOrderAndOnlyThePageShownIsAudited() {
        CurrentUser pt = fixtures.user("pt.demo");
        Patient bed12 = inBed(pt, "Ward 9, bay 1, bed 12", ConditionCategory.RESPIRATORY, true);
        Patient bed2 = inBed(pt, "Ward 9, bay 1, bed 2", ConditionCategory.RESPIRATORY, true);
        Patient noAlert = inBed(pt, "Ward 9, bay 1, bed 3", ConditionCategory.RESPIRATORY, false);
        Caseloads.Query ward = new Caseloads.Query(Caseloads.View.WARD, null, ConditionCategory.RESPIRATORY, false,
                true, null);

        List<UUID> listed = ids(pt, ward);
        assertThat(listed).contains(bed2.id(), bed12.id()).doesNotContain(noAlert.id());
        assertThat(listed.indexOf(bed2.id())).isLessThan(listed.indexOf(bed12.id()));

        long before = fixtures.audited(noAlert.id(), "patient.view-worklist");
        caseloads.of(pt, ward, PageRequest.first(1));
        assertThat(fixtures.audited(noAlert.id(), "patient.view-worklist")).isEqualTo(before);
    }

    @Test
    void theApiListsTheSameAndRefusesAChoiceThatIsNotOne() throws Exception {
        mvc.perform(get("/api/v1/caseload?view=TEAM&size=5").with(httpBasic("pt.demo", "demo")))
                .andExpect(status().isOk()).andExpect(header().exists("X-Total-Count"))
                .andExpect(header().string("X-Caseload-Cut-Short", "false"))
                .andExpect(jsonPath("$.length()", Matchers.lessThanOrEqualTo(5)));
        mvc.perform(get("/api/v1/caseload?view=EVERYONE").with(httpBasic("pt.demo", "demo")))
                .andExpect(status().isBadRequest());
    }
}
