package org.therapyassist.exercises;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One exercise of the library. {@code own} is true for a service's own exercise, false for the national library. */
public record Exercise(UUID id, boolean own, String code, String name, BodyRegion region, ExerciseCategory category,
        String pose, String startingPosition, List<String> steps, String safety, Integer defaultSets,
        Integer defaultRepetitions, Integer defaultHoldSeconds, String defaultFrequency) {

    public String svg() {
        return Figures.svg(pose, name);
    }

    public String defaultDose() {
        return Dose.describe(defaultSets, defaultRepetitions, defaultHoldSeconds, defaultFrequency);
    }

    /** Easy read: the starting position, the steps and the safety note, one sentence to a line. */
    public List<String> easyReadLines() {
        ArrayList<String> lines = new ArrayList<>(HomeSheetPdf.sentences(startingPosition));
        steps.forEach(s -> lines.addAll(HomeSheetPdf.sentences(s)));
        return lines;
    }

    public List<String> easyReadSafety() {
        return HomeSheetPdf.sentences(safety);
    }

    static List<String> stepsOf(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
