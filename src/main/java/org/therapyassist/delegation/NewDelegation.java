package org.therapyassist.delegation;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.therapyassist.delegation.Enums.Consent;
import org.therapyassist.delegation.Enums.Supervision;
import org.therapyassist.delegation.Enums.TimeOfDay;

/**
 * A request to delegate. The six {@code check…} fields are the CSP pre-delegation questions; each must be confirmed.
 * Consent is deliberately optional here so that a missing consent is refused with its own code, not a field error.
 * Observation limits are checked by {@link ObservationLimits#problems()} (400 with a message per field).
 */
public record NewDelegation(
        @NotNull(message = "{delegation.new.patient.blank}") UUID patientId,
        UUID episodeId,
        @NotBlank(message = "{delegation.new.task.blank}") @Schema(description = "A task type code from GET /api/v1/task-types") String taskType,
        @NotNull(message = "{delegation.new.worker.blank}") UUID workerId,
        @NotBlank(message = "{delegation.new.instructions.blank}") @Size(max = 2000, message = "{delegation.new.instructions.size}") String instructions,
        @NotNull(message = "{delegation.new.frequency.blank}") Frequency frequency,
        TimeOfDay timeOfDay,
        @NotNull(message = "{delegation.new.starts-on.blank}") LocalDate startsOn,
        @NotNull(message = "{delegation.new.ends-on.blank}") LocalDate endsOn,
        @NotBlank(message = "{delegation.new.escalation.blank}") @Size(max = 1000, message = "{delegation.new.escalation.size}") String escalationCriteria,
        @NotBlank(message = "{delegation.new.risks.blank}") @Size(max = 1000, message = "{delegation.new.risks.size}") String patientRisks,
        Consent consent,
        @Size(max = 500, message = "{delegation.new.consent-note.size}") String consentNote,
        @NotNull(message = "{delegation.new.supervision.blank}") Supervision supervision,
        @NotBlank(message = "{delegation.new.contact.blank}") @Size(max = 300, message = "{delegation.new.contact.size}") String contactInstructions,
        @NotNull(message = "{delegation.new.review-on.blank}") LocalDate reviewOn,
        @AssertTrue(message = "{delegation.new.check.best-interest.false}") @Schema(requiredMode = REQUIRED, description = "Must be true") boolean checkBestInterest,
        @AssertTrue(message = "{delegation.new.check.within-role.false}") @Schema(requiredMode = REQUIRED, description = "Must be true") boolean checkWithinRole,
        @AssertTrue(message = "{delegation.new.check.appropriate-now.false}") @Schema(requiredMode = REQUIRED, description = "Must be true") boolean checkAppropriateNow,
        @AssertTrue(message = "{delegation.new.check.consent.false}") @Schema(requiredMode = REQUIRED, description = "Must be true") boolean checkConsent,
        @AssertTrue(message = "{delegation.new.check.competent.false}") @Schema(requiredMode = REQUIRED, description = "Must be true") boolean checkCompetentAndConfident,
        @AssertTrue(message = "{delegation.new.check.report-back.false}") @Schema(requiredMode = REQUIRED, description = "Must be true") boolean checkCanReportBack,
        @Schema(description = "Observations to take before each session and their safe limits; leave out when the task "
                + "needs none. A reading outside a limit stops the session and tells you.") ObservationLimits observationLimits) {

    public NewDelegation {
        observationLimits = observationLimits == null ? ObservationLimits.NONE : observationLimits;
    }

    /** A delegation that asks for no observations before its sessions. */
    public NewDelegation(UUID patientId, UUID episodeId, String taskType, UUID workerId, String instructions,
            Frequency frequency, TimeOfDay timeOfDay, LocalDate startsOn, LocalDate endsOn, String escalationCriteria,
            String patientRisks, Consent consent, String consentNote, Supervision supervision,
            String contactInstructions, LocalDate reviewOn, boolean checkBestInterest, boolean checkWithinRole,
            boolean checkAppropriateNow, boolean checkConsent, boolean checkCompetentAndConfident,
            boolean checkCanReportBack) {
        this(patientId, episodeId, taskType, workerId, instructions, frequency, timeOfDay, startsOn, endsOn,
                escalationCriteria, patientRisks, consent, consentNote, supervision, contactInstructions, reviewOn,
                checkBestInterest, checkWithinRole, checkAppropriateNow, checkConsent, checkCompetentAndConfident,
                checkCanReportBack, ObservationLimits.NONE);
    }

    /** The same request, asking for these observations before each session. */
    public NewDelegation withObservationLimits(ObservationLimits limits) {
        return new NewDelegation(patientId, episodeId, taskType, workerId, instructions, frequency, timeOfDay,
                startsOn, endsOn, escalationCriteria, patientRisks, consent, consentNote, supervision,
                contactInstructions, reviewOn, checkBestInterest, checkWithinRole, checkAppropriateNow, checkConsent,
                checkCompetentAndConfident, checkCanReportBack, limits);
    }
}
