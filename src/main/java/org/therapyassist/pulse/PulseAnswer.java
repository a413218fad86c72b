package org.therapyassist.pulse;

import io.swagger.v3.oas.annotations.media.Schema;

/** This month's answer, from the page or the API; {@link Pulse#answer} checks each is from 1 to 5. */
@Schema(name = "PulseAnswer", description = "Each from 1 (not at all) to 5 (very much)")
public record PulseAnswer(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5") Integer feelValued,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5") Integer wouldRecommend,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5") Integer thinkingOfLeaving) {
}
