package org.therapyassist.visits.planning;

/**
 * Time on a worker's day in seconds since midnight, with their breaks (each {@code {from, to}}, sorted) kept free of
 * visits and of travel: the one definition the solver schedules by and {@code PlanRules} checks against.
 */
public final class WorkingTime {

    private WorkingTime() {
    }

    /** Seconds in [from, to) that are not break time; negative when {@code to} is before {@code from}. */
    public static int free(int from, int to, int[][] breaks) {
        if (to < from) {
            return to - from;
        }
        int free = to - from;
        for (int[] b : breaks) {
            int overlap = Math.min(to, b[1]) - Math.max(from, b[0]);
            if (overlap > 0) {
                free -= overlap;
            }
        }
        return free;
    }

    /** When a journey of {@code travel} seconds that sets off at {@code from} arrives, pausing over breaks. */
    public static int afterTravel(int from, int travel, int[][] breaks) {
        int t = from;
        int remaining = travel;
        for (int[] b : breaks) {
            if (b[1] <= t) {
                continue;
            }
            if (b[0] >= t + remaining) {
                break;
            }
            remaining -= Math.max(0, b[0] - t);
            t = b[1];
        }
        return t + remaining;
    }

    /** The earliest start at or after {@code t} at which a visit of {@code duration} seconds misses every break. */
    public static int startClearOfBreaks(int t, int duration, int[][] breaks) {
        int start = t;
        for (int[] b : breaks) {
            if (b[1] <= start) {
                continue;
            }
            if (start + duration <= b[0]) {
                return start;
            }
            start = b[1];
        }
        return start;
    }

    /** Whether [start, end) shares time with a break. */
    public static boolean overBreak(int start, int end, int[][] breaks) {
        for (int[] b : breaks) {
            if (start < b[1] && end > b[0]) {
                return true;
            }
        }
        return false;
    }
}
