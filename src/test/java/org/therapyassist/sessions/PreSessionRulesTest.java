package org.therapyassist.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.therapyassist.delegation.Observation;
import org.therapyassist.delegation.ObservationLimits;
import org.therapyassist.delegation.ObservationLimits.Range;

class PreSessionRulesTest {

    static final ObservationLimits LIMITS = ObservationLimits.of(Map.of(
            Observation.HEART_RATE, new Range(new BigDecimal("50"), new BigDecimal("110")),
            Observation.OXYGEN_SATURATION, new Range(new BigDecimal("92"), null),
            Observation.TEMPERATURE, new Range(new BigDecimal("35.5"), new BigDecimal("38.0"))));

    static Map<Observation, BigDecimal> readings(String heartRate, String spo2, String temperature) {
        Map<Observation, BigDecimal> out = new EnumMap<>(Observation.class);
        if (heartRate != null) {
            out.put(Observation.HEART_RATE, new BigDecimal(heartRate));
        }
        if (spo2 != null) {
            out.put(Observation.OXYGEN_SATURATION, new BigDecimal(spo2));
        }
        if (temperature != null) {
            out.put(Observation.TEMPERATURE, new BigDecimal(temperature));
        }
        return out;
    }

    @Test
    void everythingWithinTheLimitsWithConsentAndNoRedFlagGoesAhead() {
        PreSessionRules.Outcome o = PreSessionRules.decide(LIMITS, true, readings("72", "96", "36.8"), Set.of());
        assertThat(o.go()).isTrue();
        assertThat(o.reasons()).isEmpty();
        // The ends of a limit are within it.
        assertThat(PreSessionRules.decide(LIMITS, true, readings("110", "92", "38.0"), Set.of()).go()).isTrue();
    }

    @Test
    void h90_anObservationOutsideTheRegistrantsLimitStopsTheSessionAndSaysWhatWasFound() {
        PreSessionRules.Outcome o = PreSessionRules.decide(LIMITS, true, readings("128", "89", "36.8"), Set.of());
        assertThat(o.go()).isFalse();
        assertThat(o.reasons()).containsExactly(
                "Heart rate 128 beats a minute: outside the limit set (50 to 110 beats a minute)",
                "Oxygen saturation (SpO2) 89%: outside the limit set (92% or more)");
        assertThat(PreSessionRules.decide(LIMITS, true, readings("72", "96", "38.1"), Set.of()).reasons())
                .containsExactly("Temperature 38.1°C: outside the limit set (35.5 to 38.0°C)");
        assertThat(PreSessionRules.decide(LIMITS, true, readings("49", "96", "36.8"), Set.of()).go()).isFalse();
    }

    @Test
    void h91_noConsentTodayStopsTheSessionWhateverTheReadings() {
        PreSessionRules.Outcome o = PreSessionRules.decide(LIMITS, false, readings("72", "96", "36.8"), Set.of());
        assertThat(o.go()).isFalse();
        assertThat(o.reasons()).containsExactly("The patient did not agree to the session today");
        assertThat(PreSessionRules.decide(ObservationLimits.NONE, false, Map.of(), Set.of()).go()).isFalse();
    }

    @Test
    void h92_anyRedFlagAnsweredYesStopsTheSession() {
        for (RedFlag flag : RedFlag.values()) {
            PreSessionRules.Outcome o = PreSessionRules.decide(ObservationLimits.NONE, true, Map.of(), Set.of(flag));
            assertThat(o.go()).as(flag.name()).isFalse();
            assertThat(o.reasons()).containsExactly("Red flag: " + flag.found());
        }
        assertThat(PreSessionRules.decide(ObservationLimits.NONE, true, Map.of(),
                Set.of(RedFlag.NEW_CHEST_PAIN, RedFlag.FALL_SINCE_LAST_VISIT)).reasons())
                .containsExactly("Red flag: new chest pain or chest tightness",
                        "Red flag: a fall since the last visit");
    }

    @Test
    void h90_anObservationTheTaskAsksForCannotBeLeftOutAndASlipIsNotTakenForAReading() {
        assertThat(PreSessionRules.problems(LIMITS, readings(null, "96", "36.8")))
                .containsOnlyKeys("heartRate").containsValue("Heart rate: enter the reading");
        // 7 typed for 72 is not "outside the limits": it is asked again, not taken as a real heart rate.
        assertThat(PreSessionRules.problems(LIMITS, readings("7", "96", "36.8"))).containsOnlyKeys("heartRate");
        assertThat(PreSessionRules.problems(LIMITS, readings("72", "96", "36.85")))
                .containsOnlyKeys("temperature");
        assertThat(PreSessionRules.problems(LIMITS, readings("72", "96", "36.8"))).isEmpty();
        // Readings the task does not ask for are optional.
        assertThat(PreSessionRules.problems(ObservationLimits.NONE, Map.of())).isEmpty();
    }

    static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void aChecklistTakenOnAPhoneIsTakenUpToAWeekLateAndAFewMinutesAheadOfTheServicesClock() {
        assertThat(PreSessionRules.takenAtProblem(NOON, NOON)).isEmpty();
        assertThat(PreSessionRules.takenAtProblem(NOON.plus(Duration.ofMinutes(5)), NOON)).isEmpty();
        assertThat(PreSessionRules.takenAtProblem(NOON.plus(Duration.ofMinutes(6)), NOON)).isPresent();
        assertThat(PreSessionRules.takenAtProblem(NOON.minus(Duration.ofDays(7)), NOON)).isEmpty();
        assertThat(PreSessionRules.takenAtProblem(NOON.minus(Duration.ofDays(7)).minusSeconds(1), NOON)).isPresent();
    }

    @Test
    void h108_aStopFoundBeforeTheTaskWasClosedStillCountsWhenItArrivesAfterwards() {
        Instant accepted = NOON.minus(Duration.ofHours(3));
        Instant closed = NOON.plus(Duration.ofHours(1));
        assertThat(PreSessionRules.acceptedWhenTaken("ACCEPTED", accepted, null, NOON, false)).isTrue();
        assertThat(PreSessionRules.acceptedWhenTaken("CANCELLED", accepted, closed, NOON, true)).isTrue();
        assertThat(PreSessionRules.acceptedWhenTaken("COMPLETED", accepted, closed, NOON, true)).isTrue();
        // With signal there is no session to check once it is closed; nor one taken after it closed, or before it was
        // accepted, or on a task never accepted.
        assertThat(PreSessionRules.acceptedWhenTaken("CANCELLED", accepted, closed, NOON, false)).isFalse();
        assertThat(PreSessionRules.acceptedWhenTaken("CANCELLED", accepted, NOON.minusSeconds(1), NOON, true))
                .isFalse();
        assertThat(PreSessionRules.acceptedWhenTaken("CANCELLED", NOON.plusSeconds(1), closed, NOON, true)).isFalse();
        assertThat(PreSessionRules.acceptedWhenTaken("DECLINED", accepted, closed, NOON, true)).isFalse();
        assertThat(PreSessionRules.acceptedWhenTaken("OFFERED", null, null, NOON, true)).isFalse();
    }
}
