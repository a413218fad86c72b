package org.therapyassist.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffMember;

class PdpComplianceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final StaffMember SAM = new StaffMember(UUID.randomUUID(), UUID.randomUUID(), null, "Stroke ward", "Sam",
            "Whitaker",
            JobRole.SENIOR_SUPPORT_WORKER, 3, null, null);

    @Test
    void neverReviewedCountsAsNoReviewInTheYear() {
        assertThat(PdpCompliance.standing(SAM, null, null, TODAY).noReviewInYear()).isTrue();
    }

    @Test
    void aReviewOverTwelveMonthsAgoIsFlagged() {
        assertThat(PdpCompliance.standing(SAM, TODAY.minusMonths(12).minusDays(1), TODAY.plusDays(5), TODAY)
                .noReviewInYear()).isTrue();
        assertThat(PdpCompliance.standing(SAM, TODAY.minusMonths(12), TODAY.plusDays(5), TODAY).noReviewInYear())
                .isFalse();
    }

    @Test
    void aPassedReviewDateIsOverdue() {
        var s = PdpCompliance.standing(SAM, TODAY.minusMonths(3), TODAY.minusDays(1), TODAY);
        assertThat(s.overdue()).isTrue();
        assertThat(s.noReviewInYear()).isFalse();
        assertThat(PdpCompliance.standing(SAM, TODAY.minusMonths(3), TODAY, TODAY).overdue()).isFalse();
    }
}
