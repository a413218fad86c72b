package org.therapyassist.outcomes;

import java.util.Optional;

/**
 * Below-average thresholds for the 30-second chair stand by age band and sex (community-dwelling adults aged 60 to 94,
 * as used by CDC STEADI): a score below the threshold is below average.
 */
public final class ChairStandNorms {

    public enum NormGroup { MEN, WOMEN }

    // Age bands 60-64, 65-69, 70-74, 75-79, 80-84, 85-89, 90-94.
    private static final int[] MEN = {14, 12, 12, 11, 10, 8, 7};
    private static final int[] WOMEN = {12, 11, 10, 10, 9, 8, 4};

    private ChairStandNorms() {
    }

    /** The threshold for this age and group, or empty when there is no norm (under 60 or no group chosen). */
    public static Optional<Integer> belowAverageUnder(int age, NormGroup group) {
        if (group == null || age < 60) {
            return Optional.empty();
        }
        int band = Math.min((age - 60) / 5, 6);
        return Optional.of(group == NormGroup.MEN ? MEN[band] : WOMEN[band]);
    }

    public static String ageBand(int age) {
        if (age < 60) {
            return "under 60";
        }
        int band = Math.min((age - 60) / 5, 6);
        int from = 60 + band * 5;
        return from + " to " + (from + 4);
    }
}
