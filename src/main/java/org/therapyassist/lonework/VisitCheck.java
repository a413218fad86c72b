package org.therapyassist.lonework;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A worker's check on one visit: not arrived (no times), on the visit (arrived, expected out) or left. */
@Schema(name = "VisitCheck")
public record VisitCheck(UUID visitId, UUID workerId,
        @Schema(description = "Absent until the worker taps Arrived") Instant arrivedAt,
        @Schema(description = "When the worker is expected out, fixed at arrival; absent until then") Instant expectedOutAt,
        @Schema(description = "Absent until the worker taps Left") Instant leftAt,
        @Schema(description = "An \"I need help\" alert from this worker on this visit is waiting to be acknowledged") boolean helpOpen) {

    public enum State {
        NOT_ARRIVED, ON_VISIT, LEFT
    }

    public static VisitCheck notArrived(UUID visitId, UUID workerId) {
        return new VisitCheck(visitId, workerId, null, null, null, false);
    }

    @com.fasterxml.jackson.annotation.JsonProperty("state")
    @Schema(description = "NOT_ARRIVED, ON_VISIT or LEFT")
    public State state() {
        return arrivedAt == null ? State.NOT_ARRIVED : leftAt == null ? State.ON_VISIT : State.LEFT;
    }
}
