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
 */
public record NewDelegation(
        @NotNull(message = "Choose the patient") UUID patientId,
        UUID episodeId,
        @NotBlank(message = "Choose the task") @Schema(description = "A task type code from GET /api/v1/task-types") String taskType,
        @NotNull(message = "Choose the support worker") UUID workerId,
        @NotBlank(message = "Enter the instructions") @Size(max = 2000, message = "Instructions must be 2000 characters or fewer") String instructions,
        @NotNull(message = "Choose how often") Frequency frequency,
        TimeOfDay timeOfDay,
        @NotNull(message = "Enter the start date") LocalDate startsOn,
        @NotNull(message = "Enter the end date") LocalDate endsOn,
        @NotBlank(message = "Enter when the worker must stop and contact you") @Size(max = 1000, message = "Escalation criteria must be 1000 characters or fewer") String escalationCriteria,
        @NotBlank(message = "Enter the risks for this patient, or 'none known'") @Size(max = 1000, message = "Risks must be 1000 characters or fewer") String patientRisks,
        Consent consent,
        @Size(max = 500, message = "Consent note must be 500 characters or fewer") String consentNote,
        @NotNull(message = "Choose the level of supervision") Supervision supervision,
        @NotBlank(message = "Enter how the worker can reach you") @Size(max = 300, message = "Contact details must be 300 characters or fewer") String contactInstructions,
        @NotNull(message = "Enter the review date") LocalDate reviewOn,
        @AssertTrue(message = "Confirm the delegation is in the patient's best interest") @Schema(requiredMode = REQUIRED, description = "Must be true") boolean checkBestInterest,
        @AssertTrue(message = "Confirm the task is within the support worker's role") @Schema(requiredMode = REQUIRED, description = "Must be true") boolean checkWithinRole,
        @AssertTrue(message = "Confirm the task is appropriate for this patient now") @Schema(requiredMode = REQUIRED, description = "Must be true") boolean checkAppropriateNow,
        @AssertTrue(message = "Confirm the patient consents or a best-interest decision is recorded") @Schema(requiredMode = REQUIRED, description = "Must be true") boolean checkConsent,
        @AssertTrue(message = "Confirm the worker is competent and confident") @Schema(requiredMode = REQUIRED, description = "Must be true") boolean checkCompetentAndConfident,
        @AssertTrue(message = "Confirm the worker can reach a registrant and report back") @Schema(requiredMode = REQUIRED, description = "Must be true") boolean checkCanReportBack) {
}
