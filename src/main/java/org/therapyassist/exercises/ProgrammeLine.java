package org.therapyassist.exercises;

import java.util.UUID;

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
        StringBuilder b = new StringBuilder();
        if (maxSets != null) {
            b.append(maxSets).append(maxSets == 1 ? " set" : " sets");
        }
        if (maxRepetitions != null) {
            b.append(b.isEmpty() ? "" : ", ").append(maxRepetitions).append(" times");
        }
        if (maxHoldSeconds != null) {
            b.append(b.isEmpty() ? "" : ", ").append("hold ").append(maxHoldSeconds).append(" seconds");
        }
        String numbers = b.isEmpty() ? "" : "Up to " + b;
        if (progressionLimits != null && !progressionLimits.isBlank()) {
            return numbers.isEmpty() ? progressionLimits : numbers + ". " + progressionLimits;
        }
        return numbers.isEmpty() ? "Do not progress" : numbers;
    }

    ProgrammeRules.Dosage dosage() {
        return new ProgrammeRules.Dosage(sets, repetitions, holdSeconds);
    }

    ProgrammeRules.Limits limitsAsNumbers() {
        return new ProgrammeRules.Limits(maxSets, maxRepetitions, maxHoldSeconds);
    }
}
