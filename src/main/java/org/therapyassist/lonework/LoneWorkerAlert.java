package org.therapyassist.lonework;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A lone worker alert as its recipients see it: who, where (the visit's address, copied at arrival), since when, and
 * whether someone has acknowledged it.
 */
@Schema(name = "LoneWorkerAlert")
public record LoneWorkerAlert(UUID id, AlertKind kind,
        @Schema(description = "1: the person who published the day; 2: the team's leads as well") int level,
        Instant raisedAt,
        @Schema(description = "Absent unless it went to level 2 after being raised at level 1") Instant escalatedAt,
        @Schema(description = "Absent until someone acknowledges it") Instant acknowledgedAt,
        @Schema(description = "Absent until someone acknowledges it") String acknowledgedByName,
        UUID visitId, LocalDate visitDay, UUID workerId, String workerName,
        @Schema(description = "The worker's phone, absent when none is recorded") String workerPhone,
        @Schema(description = "The visit's address; absent when the plan had none") String address,
        @Schema(description = "Absent when the plan had none") String postcode,
        @Schema(description = "Absent when the plan had none") String taskName,
        Instant arrivedAt, Instant expectedOutAt,
        @Schema(description = "Absent while the worker has not tapped Left") Instant leftAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public boolean help() {
        return kind == AlertKind.HELP;
    }
}
