package org.therapyassist.equipment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One piece of equipment tracked by its label (hoists, slings, wheelchairs, beds). Its status says whether it can be
 * issued: only an available asset whose inspection is in date goes to a patient.
 */
public record Asset(UUID id, UUID organisationId, String itemCode, String itemName, UUID storeId, String label,
        String serialNumber, Status status, LocalDate nextInspectionDue, int version) {

    public enum Status {
        AVAILABLE, ON_LOAN, NEEDS_CLEANING, QUARANTINED, RETIRED
    }

    /** Examination overdue on the day: a hoist or sling past its LOLER date must not be used. */
    public boolean inspectionOverdueOn(LocalDate day) {
        return nextInspectionDue != null && nextInspectionDue.isBefore(day);
    }

    /** Whether it may go out to a patient today. */
    public boolean issuableOn(LocalDate day) {
        return status == Status.AVAILABLE && !inspectionOverdueOn(day);
    }
}
