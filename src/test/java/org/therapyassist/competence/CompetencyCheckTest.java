package org.therapyassist.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompetencyCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static CompetencySignOff signOff(String code, LocalDate signed, LocalDate expires) {
        return new CompetencySignOff(UUID.randomUUID(), UUID.randomUUID(), code, "title", UUID.randomUUID(), "Assessor",
                signed, expires);
    }

    @Test
    void passesWhenEveryRequiredCompetencyHasAnInDateSignOff() {
        var check = CompetencyCheck.of(Set.of("3.06", "5.01"), List.of(
                signOff("3.06", TODAY.minusMonths(3), TODAY.plusMonths(9)),
                signOff("5.01", TODAY.minusMonths(1), TODAY.plusMonths(11))), TODAY);
        assertThat(check.passes()).isTrue();
        assertThat(check.held()).extracting(CompetencyCheck.Held::competencyCode).containsExactly("3.06", "5.01");
    }

    @Test
    void reportsAnExpiredSignOffSoAHoistTransferIsNotDelegatedOnLapsedTraining() {
        var check = CompetencyCheck.of(Set.of("3.06"),
                List.of(signOff("3.06", TODAY.minusMonths(13), TODAY.minusMonths(1))), TODAY);
        assertThat(check.passes()).isFalse();
        assertThat(check.expired()).extracting(CompetencyCheck.Expired::competencyCode).containsExactly("3.06");
        assertThat(check.missing()).isEmpty();
    }

    @Test
    void reportsAMissingCompetency() {
        var check = CompetencyCheck.of(Set.of("3.06", "5.01"),
                List.of(signOff("5.01", TODAY.minusMonths(1), TODAY.plusMonths(11))), TODAY);
        assertThat(check.missing()).containsExactly("3.06");
    }

    @Test
    void countsASignOffExpiringTodayAsInDateAndOneDatedInTheFutureAsNotYetValid() {
        assertThat(CompetencyCheck.of(Set.of("3.01"), List.of(signOff("3.01", TODAY.minusYears(2), TODAY)), TODAY)
                .passes()).isTrue();
        var future = CompetencyCheck.of(Set.of("3.01"), List.of(signOff("3.01", TODAY.plusDays(1), TODAY.plusYears(2))),
                TODAY);
        assertThat(future.passes()).isFalse();
    }

    @Test
    void aRenewedSignOffOutweighsTheExpiredOne() {
        var check = CompetencyCheck.of(Set.of("3.06"), List.of(
                signOff("3.06", TODAY.minusMonths(25), TODAY.minusMonths(13)),
                signOff("3.06", TODAY.minusMonths(1), TODAY.plusMonths(11))), TODAY);
        assertThat(check.passes()).isTrue();
        assertThat(check.held().getFirst().signOff().expiresOn()).isEqualTo(TODAY.plusMonths(11));
    }
}
