package org.therapyassist.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.therapyassist.platform.web.Messages;

/** One item of an episode's programme: a library exercise (or free-text activity), its dose and its limits. */
public record ProgrammeLine(UUID id, UUID episodeId, int position, String activity, Exercise exercise, Integer sets,
        Integer repetitions, Integer holdSeconds, String frequency, Integer maxSets, Integer maxRepetitions,
        Integer maxHoldSeconds, String progressionLimits, String note, int version) {

    public String dose() {
        return Dose.describe(sets, repetitions, holdSeconds, frequency);
    }

    public boolean fromLibrary() {
        return exercise != null;
    }

    /** "Up to 3 sets, 15 times" or the therapist's own words, or that it must not be progressed. */
    public String limits() {
        List<String> parts = new ArrayList<>();
        if (maxSets != null) {
            parts.add(Messages.text("exercises.dose.sets", maxSets));
        }
        if (maxRepetitions != null) {
            parts.add(Messages.text("exercises.limits.times", maxRepetitions));
        }
        if (maxHoldSeconds != null) {
            parts.add(Messages.text("exercises.limits.hold", maxHoldSeconds));
        }
        String numbers = parts.isEmpty() ? "" : Messages.text("exercises.limits.up-to", String.join(", ", parts));
        if (progressionLimits != null && !progressionLimits.isBlank()) {
            return numbers.isEmpty()
                    ? progressionLimits
                    : Messages.text("exercises.limits.with-text", numbers,
                            progressionLimits);
        }
        return numbers.isEmpty() ? Messages.text("exercises.limits.none") : numbers;
    }

    ProgrammeRules.Dosage dosage() {
        return new ProgrammeRules.Dosage(sets, repetitions, holdSeconds);
    }

    ProgrammeRules.Limits limitsAsNumbers() {
        return new ProgrammeRules.Limits(maxSets, maxRepetitions, maxHoldSeconds);
    }
}
