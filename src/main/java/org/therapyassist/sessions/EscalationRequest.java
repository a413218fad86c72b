package org.therapyassist.sessions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A support worker's "stop and contact" about a delegated task, from the page or the API. */
@Schema(name = "EscalationRequest")
public record EscalationRequest(@NotNull(message = "{sessions.refusal.escalation-delegation.blank}") UUID delegationId,
        @NotBlank(message = "{sessions.refusal.concern.blank}") @Size(max = 2000, message = "{sessions.refusal.concern.size}") String concern) {
}
