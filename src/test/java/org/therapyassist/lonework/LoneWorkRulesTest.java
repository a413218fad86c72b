package org.therapyassist.lonework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.Time;

class LoneWorkRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    static final Duration GRACE = Duration.ofMinutes(15);
    static final Duration ESCALATE = Duration.ofMinutes(10);

    static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(Time.LONDON).toInstant();
    }

    @Test
    void aWorkerWhoArrivesOnTimeIsExpectedOutAtThePlannedEnd() {
        assertThat(LoneWorkRules.expectedOut(DAY, LocalTime.of(10, 0), LocalTime.of(11, 0), at(9, 55)))
                .isEqualTo(at(11, 0));
    }

    @Test
    void aWorkerWhoArrivesLateKeepsTheVisitsLengthFromTheirArrival() {
        assertThat(LoneWorkRules.expectedOut(DAY, LocalTime.of(10, 0), LocalTime.of(11, 0), at(10, 40)))
                .isEqualTo(at(11, 40));
    }

    @Test
    void theVisitsTimesAreLondonTimeInSummerToo() {
        LocalDate summer = LocalDate.of(2026, 7, 1);
        Instant arrived = summer.atTime(9, 0).atZone(Time.LONDON).toInstant();
        assertThat(LoneWorkRules.expectedOut(summer, LocalTime.of(9, 0), LocalTime.of(10, 0), arrived))
                .isEqualTo(Instant.parse("2026-07-01T09:00:00Z"));
    }

    @Test
    void h103_aCheckOutIsMissedOnlyOnceTheGraceHasPassedWithNoLeft() {
        Instant expected = at(11, 0);
        assertThat(LoneWorkRules.checkOutMissed(expected, null, GRACE, at(11, 14))).isFalse();
        assertThat(LoneWorkRules.checkOutMissed(expected, null, GRACE, at(11, 15))).isFalse();
        assertThat(LoneWorkRules.checkOutMissed(expected, null, GRACE, at(11, 16))).isTrue();
        assertThat(LoneWorkRules.checkOutMissed(expected, at(11, 5), GRACE, at(12, 0))).isFalse();
    }

    @Test
    void h105_aFirstLevelAlertNobodyAcknowledgedEscalatesAfterThePeriod() {
        Instant raised = at(11, 16);
        assertThat(LoneWorkRules.escalates(AlertKind.MISSED_CHECK_OUT, 1, raised, null, null, ESCALATE, at(11, 25)))
                .isFalse();
        assertThat(LoneWorkRules.escalates(AlertKind.MISSED_CHECK_OUT, 1, raised, null, null, ESCALATE, at(11, 26)))
                .isTrue();
    }

    @Test
    void anAcknowledgedOrAlreadyEscalatedAlertDoesNotEscalate() {
        Instant raised = at(11, 16);
        assertThat(LoneWorkRules.escalates(AlertKind.MISSED_CHECK_OUT, 1, raised, at(11, 20), null, ESCALATE,
                at(12, 0))).isFalse();
        assertThat(LoneWorkRules.escalates(AlertKind.MISSED_CHECK_OUT, 2, raised, null, null, ESCALATE, at(12, 0)))
                .isFalse();
    }

    @Test
    void aMissedCheckOutWhoseWorkerHasSinceLeftWaitsAtItsLevel() {
        assertThat(LoneWorkRules.escalates(AlertKind.MISSED_CHECK_OUT, 1, at(11, 16), null, at(11, 18), ESCALATE,
                at(12, 0))).isFalse();
    }

    @Test
    void h106_helpStartsAtTheLeadsLevel() {
        assertThat(LoneWorkRules.startingLevel(AlertKind.HELP)).isEqualTo(LoneWorkRules.ESCALATED);
        assertThat(LoneWorkRules.startingLevel(AlertKind.MISSED_CHECK_OUT)).isEqualTo(LoneWorkRules.FIRST_LEVEL);
    }
}
