package org.therapyassist.visits;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.therapyassist.delegation.Enums.TimeOfDay;

/**
 * What a visit made from a delegation starts as, before the lead changes it: how long the task takes at home, whether
 * it needs two workers (a hoist transfer always does), and the window its time of day means. A phone call is not a
 * visit. Plain rules, so a change here is a change to one tested table.
 */
public final class VisitDefaults {

    /** Minutes at the patient's home, by task type; a task not listed takes {@link #USUAL_MINUTES}. */
    static final Map<String, Integer> MINUTES = Map.ofEntries(Map.entry("EXERCISE_PROGRAMME", 45),
            Map.entry("EXERCISE_PROGRESSION", 45), Map.entry("WALKING_AID", 40), Map.entry("STAIR_PRACTICE", 40),
            Map.entry("TRANSFER_PRACTICE", 40), Map.entry("HOIST_TRANSFER", 30), Map.entry("TUG_MEASUREMENT", 20),
            Map.entry("CHAIR_STAND_MEASUREMENT", 20), Map.entry("TEN_METRE_WALK_MEASUREMENT", 20),
            Map.entry("BERG_MEASUREMENT", 30), Map.entry("ELDERLY_MOBILITY_MEASUREMENT", 30),
            Map.entry("SIX_MINUTE_WALK_MEASUREMENT", 30), Map.entry("OBSERVATIONS", 30), Map.entry("WASH_DRESS", 60),
            Map.entry("KITCHEN_PRACTICE", 60), Map.entry("ACCESS_VISIT", 60), Map.entry("EQUIPMENT_TEACHING", 30));

    static final int USUAL_MINUTES = 45;

    /** Tasks done with two workers together. */
    static final Set<String> TWO_WORKERS = Set.of("HOIST_TRANSFER");

    /** Tasks that are not made at the patient's home. */
    static final Set<String> NOT_A_VISIT = Set.of("DISCHARGE_CALL", "WARD_MOBILITY");

    static final TimeWindow MORNING = TimeWindow.of("09:00", "12:30");
    static final TimeWindow AFTERNOON = TimeWindow.of("13:30", "17:00");
    static final TimeWindow ANY_TIME = TimeWindow.of("09:00", "17:00");

    private VisitDefaults() {
    }

    public static boolean isHomeVisit(String taskTypeCode) {
        return !NOT_A_VISIT.contains(taskTypeCode);
    }

    public static Duration duration(String taskTypeCode) {
        return Duration.ofMinutes(MINUTES.getOrDefault(taskTypeCode, USUAL_MINUTES));
    }

    public static boolean doubleUp(String taskTypeCode) {
        return TWO_WORKERS.contains(taskTypeCode);
    }

    public static TimeWindow window(TimeOfDay timeOfDay) {
        return switch (timeOfDay) {
            case MORNING -> MORNING;
            case AFTERNOON -> AFTERNOON;
            case ANY_TIME -> ANY_TIME;
        };
    }
}
