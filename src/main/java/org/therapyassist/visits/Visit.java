package org.therapyassist.visits;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.therapyassist.platform.Stage;

/**
 * A home visit to plan: where, how long, the window it must start and finish in, the lowest stage and the
 * competencies its task needs, whether two workers go together (a hoist transfer), the worker the patient knows
 * (continuity of carer) and, once pinned by the lead or started, the worker(s) and start it keeps.
 */
public record Visit(UUID id, UUID patientId, Location location, Duration duration, TimeWindow window, Stage stage,
        List<NeededCompetency> needs, boolean doubleUp, UUID preferredWorker, Pin pin) {

    /** A competency the visit's task needs, with the words the lead reads ("hoist transfer"). */
    public record NeededCompetency(String code, String name) {

        public NeededCompetency {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Fixed worker(s) and start: two workers for a double-up visit, one otherwise. */
    public record Pin(List<UUID> workers, LocalTime start) {

        public Pin {
            workers = List.copyOf(workers);
            Objects.requireNonNull(start, "start");
            if (workers.isEmpty() || workers.stream().distinct().count() != workers.size()) {
                throw new IllegalArgumentException("A pin names different workers");
            }
        }
    }

    public Visit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(stage, "stage");
        needs = List.copyOf(needs);
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A visit takes some time");
        }
        if (window.from().plus(duration).isAfter(window.to()) || window.from().plus(duration).isBefore(window.from())) {
            throw new IllegalArgumentException("A visit of " + duration + " does not fit its window " + window);
        }
        if (pin != null && pin.workers().size() != workersNeeded(doubleUp)) {
            throw new IllegalArgumentException("A pin names as many workers as the visit needs");
        }
    }

    public int workersNeeded() {
        return workersNeeded(doubleUp);
    }

    private static int workersNeeded(boolean doubleUp) {
        return doubleUp ? 2 : 1;
    }

    public boolean pinned() {
        return pin != null;
    }

    public Visit pinnedTo(Pin newPin) {
        return new Visit(id, patientId, location, duration, window, stage, needs, doubleUp, preferredWorker, newPin);
    }

    public Visit withWindow(TimeWindow newWindow) {
        return new Visit(id, patientId, location, duration, newWindow, stage, needs, doubleUp, preferredWorker, pin);
    }
}
