package org.therapyassist.discharge;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A discharge summary as pages, the API and the letter show it. Signed: outcomes are the snapshot taken at signing.
 * openDelegations: tasks still delegated on the episode (draft only), each as "task (worker)".
 */
public record DischargeSummary(UUID id, UUID episodeId, UUID patientId, String patientName, String nhsNumber,
        LocalDate dateOfBirth, String address, String postcode, String teamName, String leadTherapistName,
        String referralReason, LocalDate openedOn, LocalDate closedOn, String adviceGiven, String followUp,
        String gpName,
        Status status, String createdByName, Instant signedAt, String signedByName, List<EquipmentLine> equipment,
        List<Discussion> discussions, ClinicalOutcomes.Outcomes outcomes, List<Amendment> amendments,
        List<String> openDelegations, int version) {

    public enum Status { DRAFT, SIGNED }

    public boolean signed() {
        return status == Status.SIGNED;
    }

    /** An item lent to the patient: still at home (needs a plan before signing) or already back. */
    @Schema(name = "DischargeEquipmentLine")
    public record EquipmentLine(UUID loanId, String itemName, LocalDate issuedOn, boolean stillOnLoan,
            EquipmentPlan plan,
            String note) {
    }

    @Schema(name = "DischargeDiscussion")
    public record Discussion(UUID id, DiscussionKind kind, LocalDate heldOn, String participants, String agreed,
            String recordedByName, Instant recordedAt) {
    }

    @Schema(name = "DischargeAmendment")
    public record Amendment(UUID id, String reason, String text, String authorName, Instant createdAt) {
    }
}
