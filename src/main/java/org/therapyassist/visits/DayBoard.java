package org.therapyassist.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.therapyassist.patients.PatientSummary;
/** What the planning board shows of a team's day, and what a lead sends to change it: the records of the API. */
public final class DayBoard {

    private DayBoard() {
    }

    /** One worker at one visit, with the worker's name. */
    public record Slot(UUID workerId, String workerName, LocalTime start, LocalTime end) {
    }

    /** A visit on the board. {@code reason} says why it is not planned, when it is not. */
    public record VisitCard(UUID id, UUID delegationId, PatientSummary patient, boolean located, String taskType,
            String taskName, int durationMinutes, LocalTime windowFrom, LocalTime windowTo, boolean doubleUp,
            UUID preferredWorkerId, String preferredWorkerName, boolean pinned, boolean cancelled,
            List<Slot> planned, List<Slot> published, String reason, int version) {

        public boolean placed() {
            return !planned.isEmpty();
        }

        /** The planned start, for ordering; null when not planned. */
        public LocalTime start() {
            return planned.isEmpty() ? null : planned.getFirst().start();
        }

        /** Planned differently from what the workers were sent. */
        public boolean changedSincePublished() {
            return !Objects.equals(slotsKey(planned), slotsKey(published));
        }

        private static Set<String> slotsKey(List<Slot> slots) {
            return slots.stream().map(s -> s.workerId() + "@" + s.start()).collect(Collectors.toSet());
        }
    }

    /** A worker's shift on the day: when, their break, their base and, if they went off sick, from when. */
    public record Shift(LocalTime startsAt, LocalTime endsAt, LocalTime breakFrom, LocalTime breakTo, String baseName,
            double baseLatitude, double baseLongitude, LocalTime offFrom) {
    }

    /** A row of the board: a worker, their shift (none: not working that day) and their visits in order. */
    public record WorkerRow(UUID staffId, String name, String stage, Shift shift, List<VisitCard> visits) {
    }

    /** A broken rule in the working copy, in words: publishing waits until none is left. */
    public record Problem(UUID visitId, UUID workerId, String code, String message) {
    }

    /** The planning board for a team's day. */
    public record Board(UUID teamId, String teamName, LocalDate day, Instant plannedAt, Instant publishedAt,
            String publishedBy, boolean unpublishedChanges, int version, List<WorkerRow> workers,
            List<VisitCard> unplanned, List<VisitCard> cancelled, List<Problem> problems) {
    }

    /** A lead's move of one visit: the worker(s) and the start. */
    public record Move(List<UUID> workerIds, LocalTime start) {
    }

    /** A lead's change to a visit's length, window and whether two go. */
    public record Details(int durationMinutes, LocalTime windowFrom, LocalTime windowTo, boolean doubleUp) {
    }
}
