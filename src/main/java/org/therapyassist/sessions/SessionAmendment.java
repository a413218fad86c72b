package org.therapyassist.sessions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An amendment added beside a signed session record, from the page or the API. */
@Schema(name = "SessionRecordAmendmentRequest")
public record SessionAmendment(
        @NotBlank(message = "{sessions.refusal.amend-reason.blank}") @Size(max = 500, message = "{sessions.refusal.amend-reason.size}") String reason,
        @NotBlank(message = "{sessions.refusal.amend-text.blank}") @Size(max = 4000, message = "{sessions.refusal.amend-text.size}") String text) {
}
