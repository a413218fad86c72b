package org.therapyassist.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.equipment.Asset.Status;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.RefusedException;

/** The ledger's entry shapes, the asset's life and the loan's rules, without a database. */
class EquipmentStateRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final ItemType FRAME = new ItemType("WALKING_FRAME", "Walking frame", "WALKING_AID", ItemType.Tracking.STOCK,
            ItemType.InspectionRegime.NONE, null);
    static final ItemType HOIST = InspectionRulesTest.HOIST;

    static Loans.NewLoan loan(String item, UUID asset, Integer quantity, LocalDate back) {
        return new Loans.NewLoan(UUID.randomUUID(), UUID.randomUUID(), item, asset, quantity,
                "Height set to wrist crease",
                "Taught to use on the level and to turn", null, back, null);
    }

    // --- the ledger -------------------------------------------------------------------------------------------

    @Test
    void anIssueTakesFromWhatCanBeIssuedAndAReturnGoesIntoQuarantineNeverStraightBackOut() {
        MovementKind.ISSUE.check(Bin.AVAILABLE, -2, null);
        MovementKind.RETURN.check(Bin.QUARANTINE, 2, null);
        assertThatThrownBy(() -> MovementKind.RETURN.check(Bin.AVAILABLE, 2, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MovementKind.ISSUE.check(Bin.QUARANTINE, -1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MovementKind.ISSUE.check(Bin.AVAILABLE, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cleaningMovesStockOutOfQuarantineIntoAvailableAndNoOtherWay() {
        MovementKind.CLEANED.check(Bin.QUARANTINE, -3, null);
        MovementKind.CLEANED.check(Bin.AVAILABLE, 3, null);
        assertThatThrownBy(() -> MovementKind.CLEANED.check(Bin.AVAILABLE, -3, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MovementKind.CLEANED.check(Bin.QUARANTINE, 3, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWriteOffOrAnAdjustmentWithoutAReasonIsNeverWritten() {
        MovementKind.WRITE_OFF.check(Bin.QUARANTINE, -1, "Cracked ferrule");
        MovementKind.ADJUST.check(Bin.AVAILABLE, -1, "Stock count 24 Nov");
        assertThatThrownBy(() -> MovementKind.WRITE_OFF.check(Bin.AVAILABLE, -1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MovementKind.ADJUST.check(Bin.AVAILABLE, 4, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MovementKind.ADJUST.check(Bin.AVAILABLE, 0, "Nothing"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MovementKind.WRITE_OFF.check(Bin.AVAILABLE, 1, "Found"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTransferIsTakenFromOneStoreAndAddedToAnother() {
        MovementKind.TRANSFER_OUT.check(Bin.AVAILABLE, -5, null);
        MovementKind.TRANSFER_IN.check(Bin.AVAILABLE, 5, null);
        assertThatThrownBy(() -> MovementKind.TRANSFER_IN.check(Bin.AVAILABLE, -5, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MovementKind.RECEIVE.check(Bin.QUARANTINE, 5, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStockLineAtOrBelowItsReorderLevelIsASuggestedOrder() {
        assertThat(new StockLedger.StockLine(FRAME, 4, 0, 4, 10).belowReorderLevel()).isTrue();
        assertThat(new StockLedger.StockLine(FRAME, 5, 2, 4, 10).belowReorderLevel()).isFalse();
        assertThat(new StockLedger.StockLine(FRAME, 0, 0, null, null).belowReorderLevel()).isFalse();
    }

    // --- the asset's life ---------------------------------------------------------------------------------------

    @Test
    void anAssetBackFromAPatientsHomeMustBeCleanedBeforeItIsAvailable() {
        assertThat(Status.ON_LOAN.mayBecome(Status.NEEDS_CLEANING)).isTrue();
        assertThat(Status.ON_LOAN.mayBecome(Status.AVAILABLE)).isFalse();
        assertThat(Status.NEEDS_CLEANING.mayBecome(Status.AVAILABLE)).isTrue();
        assertThat(Status.NEEDS_CLEANING.mayBecome(Status.ON_LOAN)).isFalse();
    }

    @Test
    void anAssetIsLentOnlyFromTheShelfAndNeverWhileQuarantinedOrRetired() {
        assertThat(Status.AVAILABLE.mayBecome(Status.ON_LOAN)).isTrue();
        assertThat(Status.RETIRED.mayBecome(Status.ON_LOAN)).isFalse();
        assertThat(Status.RETIRED.mayBecome(Status.AVAILABLE)).isFalse();
        assertThat(Status.ON_LOAN.mayBecome(Status.RETIRED)).isFalse();
    }

    @Test
    void aFaultTakesAnAssetOutOfServiceFromAnywhereButRetirement() {
        for (Status from : new Status[]{Status.AVAILABLE, Status.ON_LOAN, Status.NEEDS_CLEANING}) {
            assertThat(from.mayBecome(Status.QUARANTINED)).as(from.name()).isTrue();
        }
        assertThat(Status.RETIRED.mayBecome(Status.QUARANTINED)).isFalse();
        assertThat(Status.QUARANTINED.mayBecome(Status.AVAILABLE)).isTrue();
        assertThat(Status.QUARANTINED.mayBecome(Status.ON_LOAN)).isTrue();
    }

    // --- the loan -----------------------------------------------------------------------------------------------

    @Test
    void aTrackedAssetIsLentOneAtATimeByItsLabel() {
        assertThat(LoanRules.problems(loan("MOBILE_HOIST", null, 1, null), HOIST, TODAY)).containsKey("assetId");
        assertThat(LoanRules.problems(loan("MOBILE_HOIST", UUID.randomUUID(), 2, null), HOIST, TODAY))
                .containsKey("quantity");
        assertThat(LoanRules.problems(loan("MOBILE_HOIST", UUID.randomUUID(), null, null), HOIST, TODAY)).isEmpty();
    }

    @Test
    void countedStockIsLentInSensibleNumbers() {
        assertThat(LoanRules.problems(loan("WALKING_FRAME", null, 0, null), FRAME, TODAY)).containsKey("quantity");
        assertThat(LoanRules.problems(loan("WALKING_FRAME", null, -3, null), FRAME, TODAY)).containsKey("quantity");
        assertThat(LoanRules.problems(loan("WALKING_FRAME", null, 21, null), FRAME, TODAY)).containsKey("quantity");
        assertThat(LoanRules.problems(loan("WALKING_FRAME", null, 2, TODAY), FRAME, TODAY)).isEmpty();
    }

    @Test
    void aLoanMustSayWhatWasTaughtAndCannotBeDueBackInThePast() {
        var untaught = new Loans.NewLoan(UUID.randomUUID(), UUID.randomUUID(), "WALKING_FRAME", null, 1, null, "  ",
                null,
                TODAY.minusDays(1), TODAY.minusDays(2));
        assertThat(LoanRules.problems(untaught, FRAME, TODAY)).containsKeys("instructions", "expectedReturnOn",
                "reviewOn");
        var nobody = new Loans.NewLoan(null, null, "WALKING_FRAME", null, 1, null, "Taught", null, null, null);
        assertThat(LoanRules.problems(nobody, FRAME, TODAY)).containsKeys("patientId", "storeId");
    }

    @Test
    void aLoanComesBackOnceOnly() {
        assertThat(LoanRules.mayReturn(Loans.Status.ON_LOAN)).isTrue();
        assertThat(LoanRules.mayReturn(Loans.Status.RETURNED)).isFalse();
    }

    // --- lending an asset ---------------------------------------------------------------------------------------

    static Asset hoist(Status status, LocalDate nextInspectionDue, UUID store) {
        return new Asset(UUID.randomUUID(), UUID.randomUUID(), HOIST.code(), HOIST.name(), store, "HOIST-01", "SN1",
                status, nextInspectionDue, 0);
    }

    @Test
    void aHoistPastItsLolerExaminationIsNotLentEvenWhenOnTheShelf() {
        UUID store = UUID.randomUUID();
        assertThatThrownBy(() -> hoist(Status.AVAILABLE, TODAY.minusDays(1), store).requireLendableAs(HOIST, store,
                TODAY))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.inspection-overdue"));
        hoist(Status.AVAILABLE, TODAY, store).requireLendableAs(HOIST, store, TODAY);
    }

    @Test
    void anAssetAwaitingCleaningOrFromAnotherStoreIsNotLent() {
        UUID store = UUID.randomUUID();
        assertThatThrownBy(() -> hoist(Status.NEEDS_CLEANING, TODAY.plusMonths(3), store).requireLendableAs(HOIST,
                store, TODAY))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.asset-not-available"));
        assertThatThrownBy(() -> hoist(Status.AVAILABLE, TODAY.plusMonths(3), store).requireLendableAs(HOIST,
                UUID.randomUUID(), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("assetId"));
    }
}
