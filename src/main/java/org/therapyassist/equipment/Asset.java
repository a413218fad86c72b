package org.therapyassist.equipment;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.web.Messages;

/**
 * One piece of equipment tracked by its label (hoists, slings, wheelchairs, beds). Its status says whether it can be
 * issued: only an available asset whose inspection is in date goes to a patient.
 */
public record Asset(UUID id, UUID organisationId, String itemCode, String itemName, UUID storeId, String label,
        String serialNumber, Status status, LocalDate nextInspectionDue, int version) {

    public enum Status {
        AVAILABLE, ON_LOAN, NEEDS_CLEANING, QUARANTINED, RETIRED;

        /**
         * The asset's life: lent only when available; back from a home it must be cleaned; a fault or failed inspection
         * takes it out of service from anywhere (even from a patient's home); it comes back into service only after a
         * passed inspection — to the shelf, or still on loan if it never left the patient's home; retired is for good.
         */
        public boolean mayBecome(Status to) {
            return switch (this) {
                case AVAILABLE -> to == ON_LOAN || to == QUARANTINED || to == RETIRED;
                case ON_LOAN -> to == NEEDS_CLEANING || to == QUARANTINED;
                case NEEDS_CLEANING -> to == AVAILABLE || to == QUARANTINED || to == RETIRED;
                case QUARANTINED -> to == AVAILABLE || to == ON_LOAN || to == RETIRED;
                case RETIRED -> false;
            };
        }
    }

    /** Examination overdue on the day: a hoist or sling past its LOLER date must not be used. */
    public boolean inspectionOverdueOn(LocalDate day) {
        return nextInspectionDue != null && nextInspectionDue.isBefore(day);
    }

    /** Whether it may go out to a patient today. */
    public boolean issuableOn(LocalDate day) {
        return status == Status.AVAILABLE && !inspectionOverdueOn(day);
    }

    /**
     * Refuses lending this asset as the item from the store on the day: it must be that item in that store, its
     * inspection in date (a hoist past its LOLER examination must not be used) and it must be on the shelf.
     */
    void requireLendableAs(ItemType item, UUID fromStore, LocalDate day) {
        if (!itemCode.equals(item.code()) || !storeId.equals(fromStore)) {
            throw new InvalidInputException(
                    Map.of("assetId", Messages.text("equipment.field.asset.wrong-item", item.name().toLowerCase())));
        }
        if (inspectionOverdueOn(day)) {
            throw new RefusedException("equipment.inspection-overdue", Messages.text(
                    item.inspectionRegime() == ItemType.InspectionRegime.LOLER
                            ? "equipment.refusal.lend.examination-overdue"
                            : "equipment.refusal.lend.test-overdue",
                    label, String.valueOf(nextInspectionDue)));
        }
        if (status != Status.AVAILABLE) {
            throw new RefusedException("equipment.asset-not-available",
                    Messages.text("equipment.refusal.lend.not-available." + status.name(), label));
        }
    }
}
