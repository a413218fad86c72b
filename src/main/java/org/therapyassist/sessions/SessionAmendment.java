package org.therapyassist.sessions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An amendment added beside a signed session record, from the page or the API. */
@Schema(name = "SessionRecordAmendmentRequest")
public record SessionAmendment(
        @NotBlank(message = "Enter why the record needs amending") @Size(max = 500, message = "Reason must be 500 characters or fewer") String reason,
        @NotBlank(message = "Enter the amendment") @Size(max = 4000, message = "Amendment must be 4000 characters or fewer") String text) {
}
