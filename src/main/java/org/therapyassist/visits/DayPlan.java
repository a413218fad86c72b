package org.therapyassist.visits;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A planned day: who goes where and when, and the visits left to plan with why. */
public record DayPlan(LocalDate day, List<Assignment> assignments, List<Unassigned> unassigned) {

    public DayPlan {
        assignments = List.copyOf(assignments);
        unassigned = List.copyOf(unassigned);
    }

    /** Each worker's visits in the order they make them. */
    public Map<UUID, List<Assignment>> routes() {
        return assignments.stream().sorted(Comparator.comparing(Assignment::start))
                .collect(Collectors.groupingBy(Assignment::workerId, Collectors.toList()));
    }

    public List<Assignment> of(UUID visitId) {
        return assignments.stream().filter(a -> a.visitId().equals(visitId)).toList();
    }

    public boolean isAssigned(UUID visitId) {
        return assignments.stream().anyMatch(a -> a.visitId().equals(visitId));
    }
}
