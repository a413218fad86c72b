package org.therapyassist.visits;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What happened since the plan was published: the time now, workers who have gone off (sick), visits added, and the
 * visits already started (the worker has arrived), which stay where they are.
 */
public record PlanChange(LocalTime now, Set<UUID> workersOff, List<Visit> visitsAdded, Set<UUID> started) {

    public PlanChange {
        Objects.requireNonNull(now, "now");
        workersOff = Set.copyOf(workersOff);
        visitsAdded = List.copyOf(visitsAdded);
        started = Set.copyOf(started);
    }

    public static PlanChange workerOff(LocalTime now, UUID worker, Set<UUID> started) {
        return new PlanChange(now, Set.of(worker), List.of(), started);
    }

    public static PlanChange visitAdded(LocalTime now, Visit visit, Set<UUID> started) {
        return new PlanChange(now, Set.of(), List.of(visit), started);
    }
}
