package org.therapyassist.referrals;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.careplans.ConditionCategory;

/** Requests that record or decide referrals; field rules here, cross-field rules in {@link ReferralRules}. */
public final class ReferralCommands {

    private ReferralCommands() {
    }

    public record NewReferral(
            @NotNull(message = "Choose the patient") UUID patientId,
            @NotNull(message = "Choose the team the referral is for") UUID teamId,
            @NotNull(message = "Choose who made the referral") SourceRole sourceRole,
            @NotBlank(message = "Enter the name of the person who referred") @Size(max = 120, message = "Name must be 120 characters or fewer") String sourceName,
            @Size(max = 200, message = "Organisation must be 200 characters or fewer") String sourceOrganisation,
            @NotBlank(message = "Enter the reason for referral") @Size(max = 1000, message = "Reason must be 1000 characters or fewer") String reason,
            @NotNull(message = "Choose how urgent the referral is") Urgency urgency,
            @NotNull(message = "Enter the date the referral was received") LocalDate receivedOn) {
    }

    /** Accept into an episode (category, setting, where seen, lead), signpost (where to) or reject (why). */
    @Schema(name = "TriageRequest", description = "ACCEPTED needs category, setting and location; SIGNPOSTED needs "
            + "signpostedTo; REJECTED needs a note")
    public record Decide(
            @NotNull(message = "Choose accept, signpost or reject") Referral.Status outcome,
            ConditionCategory category,
            CareSetting setting,
            @Size(max = 200, message = "Location must be 200 characters or fewer") String location,
            UUID leadTherapistId,
            @Size(max = 200, message = "Where to must be 200 characters or fewer") String signpostedTo,
            @Size(max = 1000, message = "Note must be 1000 characters or fewer") String note,
            Integer version) {
    }

    public record NewReferralOut(
            @NotNull(message = "Choose the patient") UUID patientId,
            UUID episodeId,
            UUID toTeamId,
            @Size(max = 200, message = "Service must be 200 characters or fewer") String toService,
            @NotNull(message = "Choose how urgent the referral is") Urgency urgency,
            @NotBlank(message = "Enter the reason for referral") @Size(max = 1000, message = "Reason must be 1000 characters or fewer") String reason,
            @NotBlank(message = "Say what was sent with the referral") @Size(max = 1000, message = "What was sent must be 1000 characters or fewer") String informationSent) {
    }

    @Schema(name = "ReferralOutResponse")
    public record OutResponse(
            @NotNull(message = "Choose the new status") ReferralOut.Status status,
            @Size(max = 500, message = "Note must be 500 characters or fewer") String note,
            Integer version) {
    }
}
