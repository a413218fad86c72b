package org.therapyassist.visits;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One day's visits to plan and the workers on shift that day. */
public record DayProblem(LocalDate day, List<Worker> workers, List<Visit> visits) {

    public DayProblem {
        Objects.requireNonNull(day, "day");
        workers = List.copyOf(workers);
        visits = List.copyOf(visits);
        requireUnique(workers.stream().map(Worker::id).toList(), "worker");
        requireUnique(visits.stream().map(Visit::id).toList(), "visit");
        var known = new HashSet<>(workers.stream().map(Worker::id).toList());
        for (Visit v : visits) {
            if (v.pinned() && !known.containsAll(v.pin().workers())) {
                throw new IllegalArgumentException("Visit " + v.id() + " is pinned to a worker not on the day");
            }
        }
    }

    private static void requireUnique(List<UUID> ids, String what) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("Each " + what + " appears once");
        }
    }

    public Map<UUID, Worker> workersById() {
        return workers.stream().collect(Collectors.toMap(Worker::id, Function.identity()));
    }

    public Map<UUID, Visit> visitsById() {
        return visits.stream().collect(Collectors.toMap(Visit::id, Function.identity()));
    }

    public Optional<Visit> visit(UUID id) {
        return visits.stream().filter(v -> v.id().equals(id)).findFirst();
    }
}
