package org.therapyassist.sessions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A support worker's "stop and contact" about a delegated task, from the page or the API. */
@Schema(name = "EscalationRequest")
public record EscalationRequest(@NotNull(message = "Choose the delegation") UUID delegationId,
        @NotBlank(message = "Describe what has happened and what you need") @Size(max = 2000, message = "Concern must be 2000 characters or fewer") String concern) {
}
