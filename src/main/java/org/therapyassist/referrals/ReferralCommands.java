package org.therapyassist.referrals;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
            @NotNull(message = "{referrals.field.patient.null}") UUID patientId,
            @NotNull(message = "{referrals.field.team.null}") UUID teamId,
            @NotNull(message = "{referrals.field.source-role.null}") SourceRole sourceRole,
            @NotBlank(message = "{referrals.field.source-name.blank}") @Size(max = 120, message = "{referrals.field.source-name.size}") String sourceName,
            @Size(max = 200, message = "{referrals.field.source-organisation.size}") String sourceOrganisation,
            @NotBlank(message = "{referrals.field.reason.blank}") @Size(max = 1000, message = "{referrals.field.reason.size}") String reason,
            @NotNull(message = "{referrals.field.urgency.null}") Urgency urgency,
            @NotNull(message = "{referrals.field.received-on.null}") LocalDate receivedOn,
            @Pattern(regexp = EMAIL, message = "{referrals.field.referrer-email.invalid}") @Size(max = 254, message = "{referrals.field.referrer-email.size}") String referrerEmail) {

        /** A referral with no address for its outcome. */
        public NewReferral(UUID patientId, UUID teamId, SourceRole sourceRole, String sourceName,
                String sourceOrganisation, String reason, Urgency urgency, LocalDate receivedOn) {
            this(patientId, teamId, sourceRole, sourceName, sourceOrganisation, reason, urgency, receivedOn, null);
        }
    }

    /**
     * An e-mail address with a domain that has a dot in it ({@code name@host} alone is not one we can send to); spaces
     * around it are stripped when it is saved, and nothing means no address.
     */
    public static final String EMAIL = "^\\s*([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?\\s*$";

    /** Accept into an episode (category, setting, where seen, lead), signpost (where to) or reject (why). */
    @Schema(name = "TriageRequest", description = "ACCEPTED needs category, setting and location; SIGNPOSTED needs "
            + "signpostedTo; REJECTED needs a note")
    public record Decide(
            @NotNull(message = "{referrals.field.outcome.null}") Referral.Status outcome,
            ConditionCategory category,
            CareSetting setting,
            @Size(max = 200, message = "{referrals.field.location.size}") String location,
            UUID leadTherapistId,
            @Size(max = 200, message = "{referrals.field.signposted-to.size}") String signpostedTo,
            @Size(max = 1000, message = "{referrals.field.note.size}") String note,
            Integer version) {
    }

    public record NewReferralOut(
            @NotNull(message = "{referrals.field.patient.null}") UUID patientId,
            UUID episodeId,
            UUID toTeamId,
            @Size(max = 200, message = "{referrals.field.service.size}") String toService,
            @NotNull(message = "{referrals.field.urgency.null}") Urgency urgency,
            @NotBlank(message = "{referrals.field.reason.blank}") @Size(max = 1000, message = "{referrals.field.reason.size}") String reason,
            @NotBlank(message = "{referrals.field.information.blank}") @Size(max = 1000, message = "{referrals.field.information.size}") String informationSent) {
    }

    @Schema(name = "ReferralOutResponse")
    public record OutResponse(
            @NotNull(message = "{referrals.field.status.null}") ReferralOut.Status status,
            @Size(max = 500, message = "{referrals.field.reply-note.size}") String note,
            Integer version) {
    }
}
