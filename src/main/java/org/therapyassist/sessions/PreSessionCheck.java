package org.therapyassist.sessions;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A checklist gone through before a delegated session, as kept: what was found, go or stop with the reasons, the
 * escalation a stop raised, and the session record a passing checklist was used for.
 */
@Schema(name = "PreSessionCheck")
public record PreSessionCheck(UUID id, UUID delegationId, UUID patientId, UUID workerId, LocalDate checkedOn,
        Instant checkedAt, boolean consentToday, Readings readings,
        @Schema(description = "The red-flag questions answered yes") List<RedFlag> redFlagsYes,
        @Schema(allowableValues = {
                "GO", "STOP"}) String outcome,
        @Schema(description = "Why the session stopped, in words; empty when it may go ahead") List<String> reasons,
        @Schema(description = "The escalation sent to the registrant when the session stopped") UUID escalationId,
        @Schema(description = "The session record this checklist was used for, once recorded") UUID sessionRecordId,
        @Schema(description = "When a checklist gone through without signal reached the service (checkedAt is when it "
                + "was taken); absent when it arrived at once") Instant receivedAt) {

    /** The observations taken; null where not taken. */
    @Schema(name = "PreSessionReadings")
    public record Readings(Integer heartRate, Integer systolic, Integer diastolic, Integer oxygenSaturation,
            Integer respiratoryRate, BigDecimal temperature) {
    }

    public boolean stopped() {
        return "STOP".equals(outcome);
    }
}
