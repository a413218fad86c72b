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
            @Size(max = 2000, message = "{discharge.details.advice.size}") String adviceGiven,
            @Size(max = 1000, message = "{discharge.details.follow-up.size}") String followUp,
            @Size(max = 200, message = "{discharge.details.gp.size}") String gpName,
            Integer version) {
    }

    @Schema(name = "DischargeEquipmentPlan")
    public record PlanItem(
            @NotNull(message = "{discharge.plan-item.loan.null}") UUID loanId,
            @NotNull(message = "{discharge.plan-item.plan.null}") EquipmentPlan plan,
            @Size(max = 500, message = "{discharge.plan-item.note.size}") String note) {
    }

    @Schema(name = "NewDischargeDiscussion")
    public record NewDiscussion(
            @NotNull(message = "{discharge.discussion.kind.null}") DiscussionKind kind,
            @NotNull(message = "{discharge.discussion.held-on.null}") @Label("{discharge.discussion.held-on.label}") LocalDate heldOn,
            @NotBlank(message = "{discharge.discussion.participants.blank}") @Size(max = 500, message = "{discharge.discussion.participants.size}") String participants,
            @NotBlank(message = "{discharge.discussion.agreed.blank}") @Size(max = 2000, message = "{discharge.discussion.agreed.size}") String agreed) {
    }

    @Schema(name = "NewDischargeAmendment")
    public record NewAmendment(
            @NotBlank(message = "{discharge.amendment.reason.blank}") @Size(max = 500, message = "{discharge.amendment.reason.size}") String reason,
            @NotBlank(message = "{discharge.amendment.text.blank}") @Size(max = 2000, message = "{discharge.amendment.text.size}") String text) {
    }
}
