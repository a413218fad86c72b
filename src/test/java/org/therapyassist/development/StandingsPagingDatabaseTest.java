package org.therapyassist.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Stage;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The supervision and PDP standings are paged from the staff directory with the people in good standing (known from
 * development's own records) put last: every page together must be the whole list, those needing attention first, and
 * the counts on the dashboards must count the same people.
 */
@IntegrationTest
class StandingsPagingDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Supervision supervision;
    @Autowired
    PdpCompliance pdp;
    @Autowired
    DevelopmentPlans plans;

    @Test
    void overdueSupervisionIsNeitherPagedAwayNorMiscounted() {
        CurrentUser pt = fixtures.user("pt.demo");
        UUID org = pt.organisationId();
        CurrentUser never = fixtures.newSupportWorker(2);
        CurrentUser seen = fixtures.newSupportWorker(2);
        supervision.record(pt, seen.staffId(), new Supervision.NewSession(fixtures.today(), Supervision.Kind.CLINICAL,
                "Caseload and wellbeing", null, Supervision.Wellbeing.GOOD, null));

        List<Supervision.Standing> whole = supervision.standings(org);
        List<Supervision.Standing> paged = allPages(p -> supervision.standings(org, p));

        assertThat(paged).containsExactlyInAnyOrderElementsOf(whole);
        assertNeedingAttentionFirst(paged, Supervision.Standing::overdue);
        assertThat(supervision.overdueCount(org))
                .isEqualTo(whole.stream().filter(Supervision.Standing::overdue).count());
        assertThat(paged).filteredOn(s -> s.staffId().equals(never.staffId())).singleElement()
                .satisfies(s -> assertThat(s.overdue()).isTrue());
        assertThat(paged).filteredOn(s -> s.staffId().equals(seen.staffId())).singleElement()
                .satisfies(s -> assertThat(s.overdue()).isFalse());
    }

    @Test
    void aSupportWorkerNeedingAPdpReviewIsNeitherPagedAwayNorMiscounted() {
        CurrentUser lead = fixtures.user("lead.demo");
        UUID org = lead.organisationId();
        CurrentUser never = fixtures.newSupportWorker(2);
        CurrentUser reviewed = fixtures.newSupportWorker(2);
        var objective = plans.addObjective(lead, reviewed.staffId(), new DevelopmentPlans.NewObjective(null,
                Stage.SUPPORT_WORKER_LEAD, "Lead the team huddle", null, fixtures.today().plusMonths(6), null));
        plans.review(lead, objective.id(), new DevelopmentPlans.NewReview(fixtures.today(), "Going well",
                fixtures.today().plusMonths(3), null));

        List<PdpCompliance.Standing> whole = pdp.standings(org);
        List<PdpCompliance.Standing> paged = allPages(p -> pdp.standings(org, p));

        Predicate<PdpCompliance.Standing> needing = s -> s.noReviewInYear() || s.overdue();
        assertThat(paged).containsExactlyInAnyOrderElementsOf(whole);
        assertNeedingAttentionFirst(paged, needing);
        assertThat(pdp.needingReviewCount(org)).isEqualTo(whole.stream().filter(needing).count());
        assertThat(paged).filteredOn(s -> s.staffId().equals(never.staffId())).singleElement()
                .satisfies(s -> assertThat(needing).accepts(s));
        assertThat(paged).filteredOn(s -> s.staffId().equals(reviewed.staffId())).singleElement()
                .satisfies(s -> assertThat(needing).rejects(s));
    }

    /** Every page of three, in order; the total each page gives is the number of rows. */
    private static <T> List<T> allPages(Function<PageRequest, Page<T>> read) {
        List<T> all = new ArrayList<>();
        Page<T> page;
        int n = 0;
        do {
            page = read.apply(new PageRequest(n++, 3));
            all.addAll(page.items());
        } while (page.hasMore());
        assertThat(page.total()).isEqualTo(all.size());
        return all;
    }

    private static <T> void assertNeedingAttentionFirst(List<T> rows, Predicate<T> needing) {
        int firstFine = (int) rows.stream().takeWhile(needing).count();
        assertThat(rows.subList(firstFine, rows.size())).noneMatch(needing);
    }
}
