package org.therapyassist.discharge;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.therapyassist.platform.web.Label;

/** Requests that write a discharge summary; field rules here, the rest in {@link DischargeRules}. */
public final class DischargeCommands {

    private DischargeCommands() {
    }

    @Schema(name = "DischargeDetails")
    public record Details(
            @Size(max = 2000, message = "Advice must be 2000 characters or fewer") String adviceGiven,
            @Size(max = 1000, message = "Follow-up must be 1000 characters or fewer") String followUp,
            @Size(max = 200, message = "GP must be 200 characters or fewer") String gpName,
            Integer version) {
    }

    @Schema(name = "DischargeEquipmentPlan")
    public record PlanItem(
            @NotNull(message = "Choose the loan") UUID loanId,
            @NotNull(message = "Choose what happens to the item") EquipmentPlan plan,
            @Size(max = 500, message = "Note must be 500 characters or fewer") String note) {
    }

    @Schema(name = "NewDischargeDiscussion")
    public record NewDiscussion(
            @NotNull(message = "Choose who the discussion was with") DiscussionKind kind,
            @NotNull(message = "Enter the date of the discussion") @Label("date of the discussion") LocalDate heldOn,
            @NotBlank(message = "Enter who took part") @Size(max = 500, message = "Who took part must be 500 characters or fewer") String participants,
            @NotBlank(message = "Enter what was agreed") @Size(max = 2000, message = "What was agreed must be 2000 characters or fewer") String agreed) {
    }

    @Schema(name = "NewDischargeAmendment")
    public record NewAmendment(
            @NotBlank(message = "Say why the summary is amended") @Size(max = 500, message = "Reason must be 500 characters or fewer") String reason,
            @NotBlank(message = "Enter the amendment") @Size(max = 2000, message = "Amendment must be 2000 characters or fewer") String text) {
    }
}
