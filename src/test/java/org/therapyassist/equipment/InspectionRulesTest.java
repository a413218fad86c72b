package org.therapyassist.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.equipment.InspectionRules.Due;
import org.therapyassist.equipment.InspectionRules.Result;
import org.therapyassist.platform.InvalidInputException;

class InspectionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final ItemType HOIST = new ItemType("MOBILE_HOIST", "Mobile hoist", "MOVING_AND_HANDLING",
            ItemType.Tracking.ASSET,
            ItemType.InspectionRegime.LOLER, 6);
    static final ItemType WHEELCHAIR = new ItemType("WHEELCHAIR", "Wheelchair", "WHEELCHAIR", ItemType.Tracking.ASSET,
            ItemType.InspectionRegime.NONE, null);

    static Asset hoist(Asset.Status status, LocalDate due) {
        return new Asset(UUID.randomUUID(), UUID.randomUUID(), "MOBILE_HOIST", "Mobile hoist", UUID.randomUUID(),
                "HOI-1",
                null, status, due, 0);
    }

    @Test
    void aHoistPastItsLolerDateIsNotIssuable() {
        Asset overdue = hoist(Asset.Status.AVAILABLE, TODAY.minusDays(1));
        assertThat(overdue.issuableOn(TODAY)).isFalse();
        assertThat(InspectionRules.classify(overdue.nextInspectionDue(), TODAY)).isEqualTo(Due.OVERDUE);
        assertThat(hoist(Asset.Status.AVAILABLE, TODAY).issuableOn(TODAY)).isTrue();
    }

    @Test
    void aFailedInspectionTakesTheAssetOutOfServiceAtOnce() {
        assertThat(InspectionRules.statusAfter(Result.FAIL, Asset.Status.AVAILABLE, false, false))
                .contains(Asset.Status.QUARANTINED);
        assertThat(InspectionRules.statusAfter(Result.FAIL, Asset.Status.ON_LOAN, false, false))
                .contains(Asset.Status.QUARANTINED);
        assertThat(InspectionRules.statusAfter(Result.FAIL, Asset.Status.NEEDS_CLEANING, false, false))
                .contains(Asset.Status.QUARANTINED);
    }

    @Test
    void aPassDoesNotReturnAnAssetWithAnOpenFaultToService() {
        assertThat(InspectionRules.statusAfter(Result.PASS, Asset.Status.QUARANTINED, true, false)).isEmpty();
        assertThat(InspectionRules.statusAfter(Result.PASS, Asset.Status.QUARANTINED, false, false))
                .contains(Asset.Status.AVAILABLE);
    }

    @Test
    void aHoistQuarantinedInAPatientsHomeThatPassesGoesBackOnLoanNotOnTheShelf() {
        // Examined where it stands: it is still in the patient's home, so it must not be lendable to someone else, and
        // it still goes through cleaning when it comes back.
        assertThat(InspectionRules.statusAfter(Result.PASS, Asset.Status.QUARANTINED, false, true))
                .contains(Asset.Status.ON_LOAN);
        assertThat(InspectionRules.statusAfter(Result.PASS, Asset.Status.QUARANTINED, true, true)).isEmpty();
    }

    @Test
    void aPassNeverMovesAnAssetOnLoanOrRetired() {
        assertThat(InspectionRules.statusAfter(Result.PASS, Asset.Status.ON_LOAN, false, false)).isEmpty();
        assertThat(InspectionRules.statusAfter(Result.PASS, Asset.Status.RETIRED, false, false)).isEmpty();
        assertThat(InspectionRules.statusAfter(Result.FAIL, Asset.Status.RETIRED, false, false)).isEmpty();
    }

    @Test
    void aReportedFaultQuarantinesTheAssetAtOnce() {
        assertThat(InspectionRules.statusAfterFault(Asset.Status.AVAILABLE)).contains(Asset.Status.QUARANTINED);
        assertThat(InspectionRules.statusAfterFault(Asset.Status.ON_LOAN)).contains(Asset.Status.QUARANTINED);
        assertThat(InspectionRules.statusAfterFault(Asset.Status.QUARANTINED)).isEqualTo(Optional.empty());
    }

    @Test
    void theNextLolerExaminationDefaultsToSixMonthsAndCannotBeStretched() {
        assertThat(InspectionRules.nextDue(TODAY.minusDays(2), null, 6, TODAY))
                .isEqualTo(TODAY.minusDays(2).plusMonths(6));
        assertThat(InspectionRules.nextDue(TODAY, TODAY.plusMonths(3), 6, TODAY)).isEqualTo(TODAY.plusMonths(3));
        assertThatThrownBy(() -> InspectionRules.nextDue(TODAY, TODAY.plusMonths(7), 6, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("nextDueOn"));
        assertThatThrownBy(() -> InspectionRules.nextDue(TODAY, TODAY, 6, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("nextDueOn"));
    }

    @Test
    void anInspectionCannotBeRecordedInTheFuture() {
        assertThatThrownBy(() -> InspectionRules.nextDue(TODAY.plusDays(1), null, 6, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("inspectedOn"));
        assertThatThrownBy(() -> InspectionRules.nextDue(null, null, 6, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("inspectedOn"));
    }

    @Test
    void aNewHoistIsDueItsFirstExaminationOneIntervalAheadAndAWheelchairNever() {
        assertThat(InspectionRules.firstDue(HOIST, TODAY)).isEqualTo(TODAY.plusMonths(6));
        assertThat(InspectionRules.firstDue(WHEELCHAIR, TODAY)).isNull();
        assertThat(InspectionRules.nextDue(TODAY, null, null, TODAY)).isNull();
    }

    @Test
    void examinationsWithinThirtyDaysAreListedAsDueSoon() {
        assertThat(InspectionRules.classify(TODAY, TODAY)).isEqualTo(Due.DUE_SOON);
        assertThat(InspectionRules.classify(TODAY.plusDays(30), TODAY)).isEqualTo(Due.DUE_SOON);
        assertThat(InspectionRules.classify(TODAY.plusDays(31), TODAY)).isEqualTo(Due.IN_DATE);
        assertThat(InspectionRules.classify(null, TODAY)).isEqualTo(Due.NOT_REQUIRED);
        assertThat(Due.OVERDUE.listed()).isTrue();
        assertThat(Due.IN_DATE.listed()).isFalse();
    }
}
