package org.therapyassist.visits;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.Team;
import org.therapyassist.visits.DayBoard.Board;
import org.therapyassist.visits.DayBoard.Details;
import org.therapyassist.visits.DayBoard.Move;
import org.therapyassist.visits.DayReader.Context;

/**
 * A lead's hand on one visit of the board: move it (checked with the same {@link PlanRules} as the solver's plan, and
 * pinned there), pin or unpin it, change its length, window and whether two go.
 */
@Service
public class VisitMoves {

    private final DayReader reader;
    private final VisitStore store;
    private final TravelTimes travel;
    private final AuditTrail audit;

    VisitMoves(DayReader reader, VisitStore store, TravelTimes travel, AuditTrail audit) {
        this.reader = reader;
        this.store = store;
        this.travel = travel;
        this.audit = audit;
    }

    /** Moves one visit to the worker(s) and start given, if that breaks no rule; a moved visit is pinned there. */
    @Transactional
    public Board move(CurrentUser user, UUID visitId, Move move) {
        VisitStore.Row row = reader.visit(user, visitId);
        Team team = reader.team(user, row.teamId());
        reader.requireNotPast(row.day());
        List<UUID> workers = move.workerIds() == null
                ? List.of()
                : move.workerIds().stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> errors = new LinkedHashMap<>();
        int needed = row.doubleUp() ? 2 : 1;
        if (workers.size() != needed) {
            errors.put("workerIds", Messages.text(needed == 2 ? "visits.move.two-workers" : "visits.move.one-worker"));
        }
        if (move.start() == null) {
            errors.put("start", Messages.text("visits.move.start"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (row.cancelled()) {
            throw new ConflictException("visits.visit-cancelled", Messages.text("visits.refusal.cancelled"));
        }
        store.lockDay(user.organisationId(), row.teamId(), row.day());
        Context context = reader.context(user, team, row.day(), false);
        Visit visit = context.problem().visit(visitId).orElseThrow(() -> new RefusedException(
                "visits.no-location", Messages.text("visits.refusal.no-location")));
        Map<UUID, Worker> onShift = context.problem().workersById();
        for (UUID w : workers) {
            if (!onShift.containsKey(w) || context.workersOff().contains(w)) {
                errors.put("workerIds", Messages.text("visits.move.not-on-shift"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalTime end = move.start().plus(visit.duration());
        if (end.isBefore(move.start())) {
            throw new InvalidInputException(Map.of("start", Messages.text("visits.move.start")));
        }
        List<Assignment> mine = workers.stream().map(w -> new Assignment(visitId, w, move.start(), end)).toList();
        List<Assignment> draft = new ArrayList<>(context.draft().stream()
                .filter(a -> !a.visitId().equals(visitId)).toList());
        draft.addAll(mine);
        Visit pinned = visit.pinnedTo(new Visit.Pin(workers, move.start()));
        DayProblem problem = new DayProblem(row.day(), context.problem().workers(),
                context.problem().visits().stream().map(v -> v.id().equals(visitId) ? pinned : v).toList());
        List<PlanRules.BrokenRule> broken = PlanRules.check(problem, new DayPlan(row.day(), draft, List.of()), travel)
                .stream().filter(r -> r.visitId().equals(visitId) || workers.contains(r.workerId())).toList();
        if (!broken.isEmpty()) {
            throw new RefusedException("visits.move-breaks-a-rule", Messages.text("visits.refusal.move",
                    broken.stream().map(PlanRules.BrokenRule::message).distinct().collect(Collectors.joining(" "))));
        }
        store.replaceDraftOf(visitId, mine);
        store.setPinned(visitId, true);
        store.setReason(visitId, null, null);
        store.changed(row.teamId(), row.day());
        audit.record(new AuditEntry(user, row.patientId(), "visits.visit-moved", "visit", visitId,
                move.start() + " " + workers));
        return reader.board(user, reader.context(user, team, row.day(), false));
    }

    /** Pins a planned visit where it is (re-planning leaves it), or unpins it. */
    @Transactional
    public Board pin(CurrentUser user, UUID visitId, boolean pinned) {
        VisitStore.Row row = reader.visit(user, visitId);
        Team team = reader.team(user, row.teamId());
        reader.requireNotPast(row.day());
        store.lockDay(user.organisationId(), row.teamId(), row.day());
        if (pinned && store.assignmentsOf(visitId, VisitStore.Copy.DRAFT).isEmpty()) {
            throw new ConflictException("visits.not-planned", Messages.text("visits.refusal.pin-unplanned"));
        }
        store.setPinned(visitId, pinned);
        audit.record(new AuditEntry(user, row.patientId(), pinned ? "visits.visit-pinned" : "visits.visit-unpinned",
                "visit", visitId, null));
        return reader.board(user, reader.context(user, team, row.day(), false));
    }

    /**
     * Changes how long a visit takes, its window and whether two go. Its place on the plan is kept only if it still
     * breaks no rule; otherwise it comes off the plan, to be planned again.
     */
    @Transactional
    public Board change(CurrentUser user, UUID visitId, Details details) {
        VisitStore.Row row = reader.visit(user, visitId);
        Team team = reader.team(user, row.teamId());
        reader.requireNotPast(row.day());
        Map<String, String> errors = new LinkedHashMap<>();
        if (details.durationMinutes() < 5 || details.durationMinutes() > 480) {
            errors.put("durationMinutes", Messages.text("visits.details.duration"));
        }
        if (details.windowFrom() == null) {
            errors.put("windowFrom", Messages.text("visits.details.window-from"));
        }
        if (details.windowTo() == null) {
            errors.put("windowTo", Messages.text("visits.details.window-to"));
        } else if (details.windowFrom() != null && (!details.windowTo().isAfter(details.windowFrom())
                || details.windowFrom().plusMinutes(details.durationMinutes()).isAfter(details.windowTo()))) {
            errors.put("windowTo", Messages.text("visits.details.window-fit", details.durationMinutes()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        store.lockDay(user.organisationId(), row.teamId(), row.day());
        store.setDetails(visitId, details.durationMinutes(), details.windowFrom(), details.windowTo(),
                details.doubleUp());
        Context context = reader.context(user, team, row.day(), false);
        List<PlanRules.BrokenRule> broken = PlanRules.check(context.problem(),
                new DayPlan(row.day(), context.draft(), List.of()), travel).stream()
                .filter(r -> r.visitId().equals(visitId)).toList();
        if (!broken.isEmpty()) {
            store.replaceDraftOf(visitId, List.of());
            store.setPinned(visitId, false);
            store.setReason(visitId, "visits.reason.changed", Messages.text("visits.reason.changed"));
        }
        store.changed(row.teamId(), row.day());
        audit.record(new AuditEntry(user, row.patientId(), "visits.visit-changed", "visit", visitId,
                details.durationMinutes() + " min " + details.windowFrom() + "-" + details.windowTo()
                        + (details.doubleUp() ? " two workers" : "")));
        return reader.board(user, reader.context(user, team, row.day(), false));
    }
}
