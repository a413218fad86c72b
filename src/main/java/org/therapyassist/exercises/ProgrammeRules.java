package org.therapyassist.exercises;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.therapyassist.platform.web.Messages;

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
        over(errors, "sets", dose.sets(), limits.maxSets());
        over(errors, "repetitions", dose.repetitions(), limits.maxRepetitions());
        over(errors, "holdSeconds", dose.holdSeconds(), limits.maxHoldSeconds());
        return errors;
    }

    private static void over(Map<String, String> errors, String field, Integer value, Integer max) {
        if (value != null && max != null && value > max) {
            errors.put(field,
                    Messages.text("exercises.refusal.over-limit." + field, max));
        }
    }

    /**
     * Why a member of staff who is not a registrant may not make this change to the dose, or null when they may:
     * only an assistant practitioner (band 4 or above) progresses, only the sets, repetitions and hold, and only
     * up to the limits the therapist set; without a limit nothing may be changed.
     */
    public static String progressionRefusal(int band, Dosage current, Dosage proposed, Limits limits) {
        if (band < PROGRESSING_BAND) {
            return Messages.text("exercises.refusal.dose-not-allowed");
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

    /**
     * The parts of a change that only a registrant may make, named as the form names them: the limits of progression,
     * how often, the progression text and the note. A part left out (null) is not a change; a part sent with another
     * value is, and it is refused rather than quietly kept as it was.
     */
    public static List<String> registrantOnlyChanges(Limits current, Limits sent, String frequency,
            String sentFrequency, String progressionLimits, String sentProgressionLimits, String note,
            String sentNote) {
        List<String> changed = new ArrayList<>();
        differs(changed, "most sets", current.maxSets(), sent.maxSets());
        differs(changed, "most repetitions", current.maxRepetitions(), sent.maxRepetitions());
        differs(changed, "longest hold", current.maxHoldSeconds(), sent.maxHoldSeconds());
        differs(changed, "how often", text(frequency), text(sentFrequency));
        differs(changed, "limits of progression", text(progressionLimits), text(sentProgressionLimits));
        differs(changed, "note", text(note), text(sentNote));
        return changed;
    }

    private static void differs(List<String> changed, String label, Object current, Object sent) {
        if (sent != null && !sent.equals(current)) {
            changed.add(label);
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String dimension(String label, Integer current, Integer proposed, Integer max) {
        if (Objects.equals(current, proposed)) {
            return null;
        }
        if (max == null) {
            return Messages.text("exercises.refusal.no-limit." + label);
        }
        if (proposed == null || proposed > max) {
            return Messages.text("exercises.refusal.beyond." + label, max);
        }
        return null;
    }
}
