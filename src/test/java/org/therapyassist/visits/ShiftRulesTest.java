package org.therapyassist.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ShiftRulesTest {

    private static DayBoard.Shift shift(String from, String to, String breakFrom, String breakTo) {
        return new DayBoard.Shift(from == null ? null : LocalTime.parse(from), to == null ? null : LocalTime.parse(to),
                breakFrom == null ? null : LocalTime.parse(breakFrom),
                breakTo == null ? null : LocalTime.parse(breakTo),
                "Northgate community base", 53.746, -1.599, null);
    }

    @Test
    void aSoundShiftPasses() {
        assertThat(ShiftRules.check(shift("08:30", "16:30", "12:30", "13:00"))).isEmpty();
        assertThat(ShiftRules.check(shift("08:30", "16:30", null, null))).isEmpty();
    }

    @Test
    void h84_aShiftThatEndsBeforeItStartsOrABreakOutsideItIsRefused() {
        assertThat(ShiftRules.check(shift("16:30", "08:30", null, null))).containsKey("endsAt");
        assertThat(ShiftRules.check(shift("08:30", "16:30", "16:00", "17:00"))).containsKey("breakFrom");
        assertThat(ShiftRules.check(shift("08:30", "16:30", "12:30", null))).containsKey("breakTo");
        assertThat(ShiftRules.check(shift(null, "16:30", null, null))).containsKey("startsAt");
    }

    @Test
    void aBaseOutsideGreatBritainIsRefused() {
        var abroad = new DayBoard.Shift(LocalTime.of(8, 0), LocalTime.of(16, 0), null, null, "Base", 40.0, 10.0,
                null);
        assertThat(ShiftRules.check(abroad)).containsKeys("baseLatitude", "baseLongitude");
    }
}
