package org.therapyassist.delegation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.therapyassist.delegation.Enums.DeclineReason;

/** The support worker declines a delegation, from the page or the API. */
@Schema(name = "DelegationDecline")
public record DelegationDecline(@NotNull(message = "{delegation.decline.reason.blank}") DeclineReason reason,
        @Size(max = 500, message = "{delegation.decline.note.size}") String note) {
}
