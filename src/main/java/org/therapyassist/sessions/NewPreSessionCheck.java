package org.therapyassist.sessions;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.therapyassist.delegation.Observation;

/**
 * The checklist a support worker goes through before a delegated session: consent today, the observations the task
 * asks for (required for those, optional otherwise), and a yes or no to every red-flag question.
 */
@Schema(name = "NewPreSessionCheck")
public record NewPreSessionCheck(
        @Schema(requiredMode = REQUIRED, description = "The patient agrees to the session today") @NotNull(message = "{sessions.check.consent.blank}") Boolean consentToday,
        @Schema(description = "Beats a minute") Integer heartRate,
        @Schema(description = "Systolic blood pressure, mmHg") Integer systolic,
        @Schema(description = "Diastolic blood pressure, mmHg") Integer diastolic,
        @Schema(description = "Oxygen saturation, per cent") Integer oxygenSaturation,
        @Schema(description = "Breaths a minute") Integer respiratoryRate,
        @Schema(description = "Degrees Celsius, one decimal place") BigDecimal temperature,
        @Schema(requiredMode = REQUIRED, description = "New chest pain or chest tightness") @NotNull(message = "{sessions.check.red-flag.blank}") Boolean newChestPain,
        @Schema(requiredMode = REQUIRED, description = "Short of breath at rest, or much more breathless than usual") @NotNull(message = "{sessions.check.red-flag.blank}") Boolean breathlessAtRest,
        @Schema(requiredMode = REQUIRED, description = "Newly confused, or more drowsy than usual") @NotNull(message = "{sessions.check.red-flag.blank}") Boolean newConfusion,
        @Schema(requiredMode = REQUIRED, description = "A fall since the last visit") @NotNull(message = "{sessions.check.red-flag.blank}") Boolean fallSinceLastVisit,
        @Schema(requiredMode = REQUIRED, description = "Dizzy or faint, or feels unwell today") @NotNull(message = "{sessions.check.red-flag.blank}") Boolean dizzyOrFaint,
        @Schema(description = "For a checklist gone through without signal and sent later: the id the device made "
                + "for it, so the session record can name it before it arrives (send preSessionCheckId with the "
                + "same value). Sending the same id again answers with the checklist already kept.") UUID id,
        @Schema(description = "For a checklist gone through without signal: when it was taken on the device (not in "
                + "the future, at most 7 days ago). The day of the session is this day; a stop tells the registrant "
                + "when it was found and when it arrived. Absent: taken now.") Instant takenAt) {

    /** A checklist taken now, with signal. */
    public NewPreSessionCheck(Boolean consentToday, Integer heartRate, Integer systolic, Integer diastolic,
            Integer oxygenSaturation, Integer respiratoryRate, BigDecimal temperature, Boolean newChestPain,
            Boolean breathlessAtRest, Boolean newConfusion, Boolean fallSinceLastVisit, Boolean dizzyOrFaint) {
        this(consentToday, heartRate, systolic, diastolic, oxygenSaturation, respiratoryRate, temperature,
                newChestPain, breathlessAtRest, newConfusion, fallSinceLastVisit, dizzyOrFaint, null, null);
    }

    /** The readings given, by observation. */
    public Map<Observation, BigDecimal> readings() {
        Map<Observation, BigDecimal> out = new EnumMap<>(Observation.class);
        put(out, Observation.HEART_RATE, heartRate == null ? null : BigDecimal.valueOf(heartRate));
        put(out, Observation.SYSTOLIC, systolic == null ? null : BigDecimal.valueOf(systolic));
        put(out, Observation.DIASTOLIC, diastolic == null ? null : BigDecimal.valueOf(diastolic));
        put(out, Observation.OXYGEN_SATURATION, oxygenSaturation == null ? null : BigDecimal.valueOf(oxygenSaturation));
        put(out, Observation.RESPIRATORY_RATE, respiratoryRate == null ? null : BigDecimal.valueOf(respiratoryRate));
        put(out, Observation.TEMPERATURE, temperature);
        return out;
    }

    /** The red-flag questions answered yes. */
    public Set<RedFlag> redFlagsYes() {
        Set<RedFlag> out = EnumSet.noneOf(RedFlag.class);
        if (Boolean.TRUE.equals(newChestPain)) {
            out.add(RedFlag.NEW_CHEST_PAIN);
        }
        if (Boolean.TRUE.equals(breathlessAtRest)) {
            out.add(RedFlag.BREATHLESS_AT_REST);
        }
        if (Boolean.TRUE.equals(newConfusion)) {
            out.add(RedFlag.NEW_CONFUSION);
        }
        if (Boolean.TRUE.equals(fallSinceLastVisit)) {
            out.add(RedFlag.FALL_SINCE_LAST_VISIT);
        }
        if (Boolean.TRUE.equals(dizzyOrFaint)) {
            out.add(RedFlag.DIZZY_OR_FAINT);
        }
        return out;
    }

    private static void put(Map<Observation, BigDecimal> out, Observation o, BigDecimal value) {
        if (value != null) {
            out.put(o, value);
        }
    }
}
