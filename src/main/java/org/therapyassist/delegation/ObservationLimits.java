package org.therapyassist.delegation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.therapyassist.platform.web.Messages;

/**
 * The observations a registrant asks for before each session of a delegated task, and the safe range of each. A null
 * range means the task does not ask for that observation; none at all means the task needs no observations. Set once,
 * when delegating; a reading outside a range stops the session.
 */
@Schema(name = "ObservationLimits", description = "Observations the support worker takes before each session, with the "
        + "limits the registrant set. Leave an observation out (or null) when the task does not ask for it. Systolic and "
        + "diastolic blood pressure go together. Oxygen saturation has a lower limit only. Whole numbers except "
        + "temperature (one decimal place).")
public record ObservationLimits(
        @Schema(description = "Beats a minute, for example 50 to 110") Range heartRate,
        @Schema(description = "mmHg, for example 90 to 180") Range systolic,
        @Schema(description = "mmHg, for example 50 to 100") Range diastolic,
        @Schema(description = "Per cent; low only, for example 92") Range oxygenSaturation,
        @Schema(description = "Breaths a minute, for example 10 to 24") Range respiratoryRate,
        @Schema(description = "Degrees Celsius, for example 35.5 to 38.0") Range temperature) {

    public static final ObservationLimits NONE = new ObservationLimits(null, null, null, null, null, null);

    /** A safe range, both ends included. */
    @Schema(name = "ObservationRange")
    public record Range(@Schema(description = "The lowest safe reading") BigDecimal low,
            @Schema(description = "The highest safe reading (none for oxygen saturation)") BigDecimal high) {

        public boolean contains(BigDecimal value) {
            return value.compareTo(low) >= 0 && (high == null || value.compareTo(high) <= 0);
        }
    }

    public static ObservationLimits of(Map<Observation, Range> ranges) {
        return new ObservationLimits(ranges.get(Observation.HEART_RATE), ranges.get(Observation.SYSTOLIC),
                ranges.get(Observation.DIASTOLIC), ranges.get(Observation.OXYGEN_SATURATION),
                ranges.get(Observation.RESPIRATORY_RATE), ranges.get(Observation.TEMPERATURE));
    }

    /** The registrant's starting point on the form: every observation at its default limits. */
    public static ObservationLimits defaults() {
        Map<Observation, Range> all = new EnumMap<>(Observation.class);
        for (Observation o : Observation.values()) {
            all.put(o, new Range(o.defaultLow(), o.defaultHigh()));
        }
        return of(all);
    }

    public Optional<Range> of(Observation observation) {
        return Optional.ofNullable(switch (observation) {
            case HEART_RATE -> heartRate;
            case SYSTOLIC -> systolic;
            case DIASTOLIC -> diastolic;
            case OXYGEN_SATURATION -> oxygenSaturation;
            case RESPIRATORY_RATE -> respiratoryRate;
            case TEMPERATURE -> temperature;
        });
    }

    /** The observations the task asks for, in the order they are taken. */
    public List<Observation> asked() {
        return List.of(Observation.values()).stream().filter(o -> of(o).isPresent()).toList();
    }

    public boolean asksAny() {
        return !asked().isEmpty();
    }

    /**
     * What is wrong with these limits, by field ({@code observationLimits.heartRate.low}): a missing end, a limit no
     * patient could have (a slip such as 1100 for 110, which would never stop a session), too many decimal places, the
     * lower limit not below the upper, or blood pressure half set.
     */
    public Map<String, String> problems() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Observation o : asked()) {
            Range r = of(o).orElseThrow();
            String low = "observationLimits." + o.field() + ".low";
            String high = "observationLimits." + o.field() + ".high";
            endProblem(o, r.low(), "low").ifPresent(m -> out.put(low, m));
            if (o.lowerLimitOnly()) {
                if (r.high() != null) {
                    out.put(high, Messages.text("delegation.limits.low-only", o.title()));
                }
            } else {
                endProblem(o, r.high(), "high").ifPresent(m -> out.put(high, m));
            }
            if (!out.containsKey(low) && !out.containsKey(high) && r.high() != null
                    && r.low().compareTo(r.high()) >= 0) {
                out.put(low, Messages.text("delegation.limits.low-not-below", o.title()));
            }
        }
        if ((systolic == null) != (diastolic == null)) {
            out.put("observationLimits." + (systolic == null ? "systolic" : "diastolic") + ".low",
                    Messages.text("delegation.limits.blood-pressure-both"));
        }
        return out;
    }

    private static Optional<String> endProblem(Observation o, BigDecimal value, String end) {
        if (value == null) {
            return Optional.of(Messages.text("delegation.limits." + end + ".blank", o.title()));
        }
        if (!o.plausible(value)) {
            return Optional.of(Messages.text("delegation.limits." + end + ".implausible", o.title(),
                    o.plain(o.plausibleLow()), o.plain(o.plausibleHigh())));
        }
        if (!o.fitsScale(value)) {
            return Optional.of(Messages.text(o.scale() == 0 ? "delegation.limits.whole" : "delegation.limits.one-place",
                    o.title()));
        }
        return Optional.empty();
    }

    /** Each limit in words, for the delegation page and the checklist ("Heart rate: 50 to 110 beats a minute"). */
    public List<String> inWords() {
        List<String> out = new ArrayList<>();
        for (Observation o : asked()) {
            out.add(Messages.text("delegation.limits.in-words", o.title(), describe(o)));
        }
        return out;
    }

    /** One limit in words ("50 to 110 beats a minute", "92% or more"). */
    public String describe(Observation o) {
        Range r = of(o).orElseThrow();
        return r.high() == null
                ? Messages.text("delegation.limits.at-least", o.withUnit(r.low()))
                : Messages.text("delegation.limits.between", o.plain(r.low()), o.withUnit(r.high()));
    }
}
