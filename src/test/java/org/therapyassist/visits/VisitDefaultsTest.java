package org.therapyassist.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.therapyassist.delegation.Enums.TimeOfDay;

class VisitDefaultsTest {

    @Test
    void h81_aHoistTransferAlwaysGoesWithTwoWorkers() {
        assertThat(VisitDefaults.doubleUp("HOIST_TRANSFER")).isTrue();
        assertThat(VisitDefaults.doubleUp("EXERCISE_PROGRAMME")).isFalse();
    }

    @Test
    void aPhoneCallAndWardWorkAreNotHomeVisits() {
        assertThat(VisitDefaults.isHomeVisit("DISCHARGE_CALL")).isFalse();
        assertThat(VisitDefaults.isHomeVisit("WARD_MOBILITY")).isFalse();
        assertThat(VisitDefaults.isHomeVisit("KITCHEN_PRACTICE")).isTrue();
    }

    @Test
    void aTaskTakesItsUsualTimeAtHome() {
        assertThat(VisitDefaults.duration("WASH_DRESS")).isEqualTo(Duration.ofMinutes(60));
        assertThat(VisitDefaults.duration("SOMETHING_NEW")).isEqualTo(Duration.ofMinutes(VisitDefaults.USUAL_MINUTES));
    }

    @Test
    void theTimeOfDayIsAWindowThatLeavesLunchFree() {
        assertThat(VisitDefaults.window(TimeOfDay.MORNING).to()).isEqualTo(LocalTime.of(12, 30));
        assertThat(VisitDefaults.window(TimeOfDay.AFTERNOON).from()).isEqualTo(LocalTime.of(13, 30));
        assertThat(VisitDefaults.window(TimeOfDay.ANY_TIME).contains(LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .isTrue();
    }
}
