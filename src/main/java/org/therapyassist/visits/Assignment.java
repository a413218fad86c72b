package org.therapyassist.visits;

import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/** One worker at one visit from start to end; a double-up visit has two, with the same start. */
public record Assignment(UUID visitId, UUID workerId, LocalTime start, LocalTime end) {

    public Assignment {
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
