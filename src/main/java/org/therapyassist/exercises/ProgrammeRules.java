package org.therapyassist.exercises;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The rules of a programme's dose and its limits of progression, free of the database so they can be unit tested. */
public final class ProgrammeRules {

    /** Lowest band that may progress an exercise within the limits the therapist set (assistant practitioner). */
    public static final int PROGRESSING_BAND = 4;

    private ProgrammeRules() {
    }

    public record Dosage(Integer sets, Integer repetitions, Integer holdSeconds) {
    }

    public record Limits(Integer maxSets, Integer maxRepetitions, Integer maxHoldSeconds) {

        public boolean none() {
            return maxSets == null && maxRepetitions == null && maxHoldSeconds == null;
        }
    }

    /** A prescription beyond its own limits cannot be saved (H37): one message per field that is over. */
    public static Map<String, String> overLimits(Dosage dose, Limits limits) {
        Map<String, String> errors = new LinkedHashMap<>();
        over(errors, "sets", "Sets", dose.sets(), limits.maxSets());
        over(errors, "repetitions", "Repetitions", dose.repetitions(), limits.maxRepetitions());
        over(errors, "holdSeconds", "Hold", dose.holdSeconds(), limits.maxHoldSeconds());
        return errors;
    }

    private static void over(Map<String, String> errors, String field, String label, Integer value, Integer max) {
        if (value != null && max != null && value > max) {
            errors.put(field, label + " cannot be more than the progression limit of " + max + "; raise the limit first");
        }
    }

    /**
     * Why a member of staff who is not a registrant may not make this change to the dose, or null when they may:
     * only an assistant practitioner (band 4 or above) progresses, only the sets, repetitions and hold, and only
     * up to the limits the therapist set; without a limit nothing may be changed.
     */
    public static String progressionRefusal(int band, Dosage current, Dosage proposed, Limits limits) {
        if (band < PROGRESSING_BAND) {
            return "Only a registered therapist or an assistant practitioner can change the dose.";
        }
        String sets = dimension("sets", current.sets(), proposed.sets(), limits.maxSets());
        if (sets != null) {
            return sets;
        }
        String reps = dimension("repetitions", current.repetitions(), proposed.repetitions(), limits.maxRepetitions());
        if (reps != null) {
            return reps;
        }
        return dimension("hold", current.holdSeconds(), proposed.holdSeconds(), limits.maxHoldSeconds());
    }

    private static String dimension(String label, Integer current, Integer proposed, Integer max) {
        if (Objects.equals(current, proposed)) {
            return null;
        }
        if (max == null) {
            return "The therapist set no limit for the " + label + ", so only they can change it.";
        }
        if (proposed == null || proposed > max) {
            return "The " + label + " can go up to " + max + " at most; ask the therapist to review the programme.";
        }
        return null;
    }
}
