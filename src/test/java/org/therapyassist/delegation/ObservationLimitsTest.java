package org.therapyassist.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.therapyassist.delegation.ObservationLimits.Range;

class ObservationLimitsTest {

    static Range range(String low, String high) {
        return new Range(low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high));
    }

    static ObservationLimits heartRate(Range r) {
        return ObservationLimits.of(Map.of(Observation.HEART_RATE, r));
    }

    @Test
    void theDefaultsTheFormOffersAreValidAndAskForEveryObservation() {
        ObservationLimits defaults = ObservationLimits.defaults();
        assertThat(defaults.problems()).isEmpty();
        assertThat(defaults.asked()).containsExactly(Observation.values());
        assertThat(defaults.inWords()).contains("Heart rate: 50 to 110 beats a minute",
                "Oxygen saturation (SpO2): 92% or more", "Temperature: 35.5 to 38.0°C");
    }

    @Test
    void noLimitsAskForNothing() {
        assertThat(ObservationLimits.NONE.asksAny()).isFalse();
        assertThat(ObservationLimits.NONE.problems()).isEmpty();
    }

    @Test
    void h94_aLowerLimitNotBelowTheUpperIsRefusedBesideTheField() {
        assertThat(heartRate(range("110", "50")).problems()).containsOnlyKeys("observationLimits.heartRate.low")
                .containsValue("Heart rate: the lowest safe reading must be below the highest");
        assertThat(heartRate(range("80", "80")).problems()).containsOnlyKeys("observationLimits.heartRate.low");
    }

    @Test
    void h94_aLimitNoPatientCouldHaveIsRefusedSoASlipCannotSilentlyNeverStopASession() {
        // 1100 typed for 110 would let every heart rate through.
        assertThat(heartRate(range("50", "1100")).problems())
                .containsEntry("observationLimits.heartRate.high",
                        "Heart rate: the highest safe reading must be between 20 and 250");
        assertThat(ObservationLimits.of(Map.of(Observation.TEMPERATURE, range("3.5", "38.0"))).problems())
                .containsOnlyKeys("observationLimits.temperature.low");
    }

    @Test
    void h94_bothEndsAreNeededExceptForOxygenSaturationWhichHasALowerLimitOnly() {
        assertThat(heartRate(range("50", null)).problems()).containsOnlyKeys("observationLimits.heartRate.high");
        assertThat(ObservationLimits.of(Map.of(Observation.OXYGEN_SATURATION, range("92", null))).problems())
                .isEmpty();
        assertThat(ObservationLimits.of(Map.of(Observation.OXYGEN_SATURATION, range("92", "100"))).problems())
                .containsOnlyKeys("observationLimits.oxygenSaturation.high");
    }

    @Test
    void h94_wholeNumbersExceptTemperatureAndBloodPressureGoesInPairs() {
        assertThat(heartRate(range("50.5", "110")).problems()).containsOnlyKeys("observationLimits.heartRate.low");
        assertThat(ObservationLimits.of(Map.of(Observation.TEMPERATURE, range("35.55", "38.0"))).problems())
                .containsOnlyKeys("observationLimits.temperature.low");
        assertThat(ObservationLimits.of(Map.of(Observation.SYSTOLIC, range("90", "180"))).problems())
                .containsOnlyKeys("observationLimits.diastolic.low");
    }

    @Test
    void aRangeIncludesItsEnds() {
        Range r = range("50", "110");
        assertThat(r.contains(new BigDecimal("50"))).isTrue();
        assertThat(r.contains(new BigDecimal("110"))).isTrue();
        assertThat(r.contains(new BigDecimal("111"))).isFalse();
        assertThat(range("92", null).contains(new BigDecimal("100"))).isTrue();
        assertThat(range("92", null).contains(new BigDecimal("91"))).isFalse();
    }
}
