package org.therapyassist.delegation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.therapyassist.delegation.Enums;
import org.therapyassist.delegation.Frequency;
import org.therapyassist.delegation.NewDelegation;
import org.therapyassist.delegation.Observation;
import org.therapyassist.delegation.ObservationLimits;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.Label;

/**
 * The delegation form as typed. The six pre-delegation questions come as ticked {@code checks}; the observations to
 * take before each session as ticked {@code observations} (blood pressure is one tick for systolic and diastolic),
 * each with its limits. The form becomes the API's {@link NewDelegation}, whose rules check it.
 */
record DelegationForm(UUID patientId, UUID episodeId, String taskType, UUID workerId, String instructions,
        Frequency frequency, Enums.TimeOfDay timeOfDay, @Label("{delegation.field.starts-on}") LocalDate startsOn,
        @Label("{delegation.field.ends-on}") LocalDate endsOn, String escalationCriteria, String patientRisks,
        Enums.Consent consent,
        String consentNote, Enums.Supervision supervision, String contactInstructions,
        @Label("{delegation.field.review-on}") LocalDate reviewOn, List<String> checks, List<String> observations,
        @Label("{delegation.field.heart-rate.low}") BigDecimal heartRateLow,
        @Label("{delegation.field.heart-rate.high}") BigDecimal heartRateHigh,
        @Label("{delegation.field.systolic.low}") BigDecimal systolicLow,
        @Label("{delegation.field.systolic.high}") BigDecimal systolicHigh,
        @Label("{delegation.field.diastolic.low}") BigDecimal diastolicLow,
        @Label("{delegation.field.diastolic.high}") BigDecimal diastolicHigh,
        @Label("{delegation.field.oxygen-saturation.low}") BigDecimal oxygenSaturationLow,
        @Label("{delegation.field.respiratory-rate.low}") BigDecimal respiratoryRateLow,
        @Label("{delegation.field.respiratory-rate.high}") BigDecimal respiratoryRateHigh,
        @Label("{delegation.field.temperature.low}") BigDecimal temperatureLow,
        @Label("{delegation.field.temperature.high}") BigDecimal temperatureHigh) {

    /** The tick that asks for blood pressure: systolic and diastolic are taken together. */
    static final String BLOOD_PRESSURE = "bloodPressure";

    NewDelegation command() {
        return new NewDelegation(patientId, episodeId, Text.blankToNull(taskType), workerId, instructions, frequency,
                timeOfDay, startsOn, endsOn, escalationCriteria, patientRisks, consent, consentNote, supervision,
                contactInstructions, reviewOn, checks.contains("checkBestInterest"), checks.contains("checkWithinRole"),
                checks.contains("checkAppropriateNow"), checks.contains("checkConsent"),
                checks.contains("checkCompetentAndConfident"), checks.contains("checkCanReportBack"), limits());
    }

    private ObservationLimits limits() {
        Map<Observation, ObservationLimits.Range> ranges = new EnumMap<>(Observation.class);
        if (observations.contains(Observation.HEART_RATE.field())) {
            ranges.put(Observation.HEART_RATE, new ObservationLimits.Range(heartRateLow, heartRateHigh));
        }
        if (observations.contains(BLOOD_PRESSURE)) {
            ranges.put(Observation.SYSTOLIC, new ObservationLimits.Range(systolicLow, systolicHigh));
            ranges.put(Observation.DIASTOLIC, new ObservationLimits.Range(diastolicLow, diastolicHigh));
        }
        if (observations.contains(Observation.OXYGEN_SATURATION.field())) {
            ranges.put(Observation.OXYGEN_SATURATION, new ObservationLimits.Range(oxygenSaturationLow, null));
        }
        if (observations.contains(Observation.RESPIRATORY_RATE.field())) {
            ranges.put(Observation.RESPIRATORY_RATE,
                    new ObservationLimits.Range(respiratoryRateLow, respiratoryRateHigh));
        }
        if (observations.contains(Observation.TEMPERATURE.field())) {
            ranges.put(Observation.TEMPERATURE, new ObservationLimits.Range(temperatureLow, temperatureHigh));
        }
        return ObservationLimits.of(ranges);
    }

    /** The page's field for a rule's field ({@code observationLimits.heartRate.low} is {@code heartRateLow}). */
    static String pageField(String field) {
        if (!field.startsWith("observationLimits.")) {
            return field;
        }
        String[] parts = field.split("\\.");
        return parts[1] + (parts[2].equals("low") ? "Low" : "High");
    }
}
