package org.therapyassist.delegation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.therapyassist.delegation.Enums.DeclineReason;

/** The support worker declines a delegation, from the page or the API. */
@Schema(name = "DelegationDecline")
public record DelegationDecline(@NotNull(message = "Choose why you are declining") DeclineReason reason,
        @Size(max = 500, message = "Note must be 500 characters or fewer") String note) {
}
