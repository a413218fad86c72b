package org.therapyassist.visits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.CareRelationships;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.competence.CompetencyRegister;
import org.therapyassist.competence.CompetencySignOff;
import org.therapyassist.delegation.DueWork;
import org.therapyassist.delegation.TaskCatalogue;
import org.therapyassist.delegation.TaskType;
import org.therapyassist.patients.PatientHomes;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.Team;

/**
 * A team's day of home visits: made from the delegations due that day, planned by {@link VisitPlanner}, adjusted by
 * the lead on the board (a move is checked with the same {@link PlanRules} as the solver's plan, and pinned), and
 * published to the workers. The working copy and the published copy are kept apart, so workers see only what was
 * published and a lead's half-made changes never reach a phone. Every patient shown is access-checked and audited.
 */
@Service
public class VisitDays {

    private final VisitStore store;
    private final DueWork due;
    private final StaffDirectory staff;
    private final CompetencyRegister competencies;
    private final PatientHomes homes;
    private final PatientRecords patients;
    private final PatientAccess access;
    private final CareRelationships relationships;
    private final TaskCatalogue tasks;
    private final VisitPlanner planner;
    private final TravelTimes travel;
    private final AuditTrail audit;
    private final ObjectProvider<VisitProgress> progress;
    private final Clock clock;

    VisitDays(VisitStore store, DueWork due, StaffDirectory staff, CompetencyRegister competencies,
            PatientHomes homes, PatientRecords patients, PatientAccess access, CareRelationships relationships,
            TaskCatalogue tasks, VisitPlanner planner, TravelTimes travel, AuditTrail audit,
            ObjectProvider<VisitProgress> progress, Clock clock) {
        this.store = store;
        this.due = due;
        this.staff = staff;
        this.competencies = competencies;
        this.homes = homes;
        this.patients = patients;
        this.access = access;
        this.relationships = relationships;
        this.tasks = tasks;
        this.planner = planner;
        this.travel = travel;
        this.audit = audit;
        this.progress = progress;
        this.clock = clock;
    }

    /** One worker at one visit, with the worker's name. */
    public record Slot(UUID workerId, String workerName, LocalTime start, LocalTime end) {
    }

    /** A visit on the board. {@code reason} says why it is not planned, when it is not. */
    public record VisitCard(UUID id, UUID delegationId, PatientSummary patient, boolean located, String taskType,
            String taskName, int durationMinutes, LocalTime windowFrom, LocalTime windowTo, boolean doubleUp,
            UUID preferredWorkerId, String preferredWorkerName, boolean pinned, boolean cancelled,
            List<Slot> planned, List<Slot> published, String reason, int version) {

        public boolean isPlanned() {
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

    /** The community teams the user may plan for: every one for a team lead, their own for a registrant. */
    @Transactional(readOnly = true)
    public List<Team> teams(CurrentUser user) {
        return staff.teams(user.organisationId()).stream().filter(t -> "COMMUNITY".equals(t.setting()))
                .filter(t -> user.has(Role.TEAM_LEAD) || t.id().equals(user.teamId())).toList();
    }

    /** The board as it stands: the visits of the day (made from the delegations due, the first time it is opened). */
    @Transactional
    public Board board(CurrentUser user, UUID teamId, LocalDate day) {
        Team team = team(user, teamId);
        Context context = context(user, team, day, !day.isBefore(today()));
        return board(user, context);
    }

    /**
     * Plans the day again: pinned visits stay; on a published day, started visits stay and nothing moves before now.
     */
    @Transactional
    public Board plan(CurrentUser user, UUID teamId, LocalDate day, int expectedVersion) {
        Team team = team(user, teamId);
        requireNotPast(day);
        Context context = context(user, team, day, true);
        requireVersion(context, expectedVersion);
        DayProblem problem = context.problem();
        DayPlan plan;
        Set<UUID> off = context.workersOff();
        if (context.day().publishedAt() != null && day.equals(today())) {
            DayPlan published = new DayPlan(day, store.assignments(teamId, day, VisitStore.Copy.PUBLISHED), List.of());
            Set<UUID> started = started(user, context);
            plan = planner.replan(problem, published, new PlanChange(now(), off, List.of(), started));
        } else {
            DayProblem withoutOff = new DayProblem(day,
                    problem.workers().stream().filter(w -> !off.contains(w.id())).toList(),
                    problem.visits().stream().map(v -> v.pinned() && v.pin().workers().stream().anyMatch(off::contains)
                            ? v.pinnedTo(null)
                            : v).toList());
            plan = planner.plan(withoutOff);
        }
        store.replaceDraft(teamId, day, plan.assignments());
        Map<UUID, Unassigned> why = new HashMap<>();
        plan.unassigned().forEach(u -> why.put(u.visitId(), u));
        for (VisitStore.Row row : context.rows()) {
            if (row.cancelled() || !context.located().contains(row.id())) {
                continue;
            }
            Unassigned u = why.get(row.id());
            store.setReason(row.id(), u == null ? null : u.code(), u == null ? null : u.reason());
        }
        store.planned(teamId, day, user.staffId(), clock.instant());
        audit.record(new AuditEntry(user, null, "visits.day-planned", "team", teamId,
                day + ": " + plan.assignments().stream().map(Assignment::visitId).distinct().count() + " planned, "
                        + plan.unassigned().size() + " unplanned"));
        return board(user, context(user, team, day, false));
    }

    /** Moves one visit to the worker(s) and start given, if that breaks no rule; a moved visit is pinned there. */
    @Transactional
    public Board move(CurrentUser user, UUID visitId, Move move) {
        VisitStore.Row row = visit(user, visitId);
        Team team = team(user, row.teamId());
        requireNotPast(row.day());
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
        Context context = context(user, team, row.day(), false);
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
        return board(user, context(user, team, row.day(), false));
    }

    /** Pins a planned visit where it is (re-planning leaves it), or unpins it. */
    @Transactional
    public Board pin(CurrentUser user, UUID visitId, boolean pinned) {
        VisitStore.Row row = visit(user, visitId);
        Team team = team(user, row.teamId());
        requireNotPast(row.day());
        store.lockDay(user.organisationId(), row.teamId(), row.day());
        if (pinned && store.assignmentsOf(visitId, VisitStore.Copy.DRAFT).isEmpty()) {
            throw new ConflictException("visits.not-planned", Messages.text("visits.refusal.pin-unplanned"));
        }
        store.setPinned(visitId, pinned);
        audit.record(new AuditEntry(user, row.patientId(), pinned ? "visits.visit-pinned" : "visits.visit-unpinned",
                "visit", visitId, null));
        return board(user, context(user, team, row.day(), false));
    }

    /**
     * Changes how long a visit takes, its window and whether two go. Its place on the plan is kept only if it still
     * breaks no rule; otherwise it comes off the plan, to be planned again.
     */
    @Transactional
    public Board change(CurrentUser user, UUID visitId, Details details) {
        VisitStore.Row row = visit(user, visitId);
        Team team = team(user, row.teamId());
        requireNotPast(row.day());
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
        Context context = context(user, team, row.day(), false);
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
        return board(user, context(user, team, row.day(), false));
    }

    /**
     * Sends the working copy to the workers. Refused while any planned visit breaks a rule as things stand now (a
     * competency that lapsed since planning, say), and when the board changed since the lead looked at it.
     */
    @Transactional
    public Board publish(CurrentUser user, UUID teamId, LocalDate day, int expectedVersion) {
        Team team = team(user, teamId);
        requireNotPast(day);
        Context context = context(user, team, day, false);
        requireVersion(context, expectedVersion);
        List<PlanRules.BrokenRule> broken = PlanRules.check(context.problem(),
                new DayPlan(day, context.draft(), List.of()), travel).stream()
                .filter(r -> !r.code().equals("visits.rule.pinned-unassigned")).toList();
        if (!broken.isEmpty()) {
            throw new RefusedException("visits.publish-breaks-a-rule", Messages.text("visits.refusal.publish",
                    broken.stream().map(PlanRules.BrokenRule::message).distinct().collect(Collectors.joining(" "))));
        }
        if (context.draft().isEmpty()) {
            throw new RefusedException("visits.nothing-to-publish", Messages.text("visits.refusal.nothing-planned"));
        }
        Set<UUID> offNow = context.workersOff();
        if (context.draft().stream().anyMatch(a -> offNow.contains(a.workerId()))) {
            throw new RefusedException("visits.publish-worker-off", Messages.text("visits.refusal.worker-off"));
        }
        store.publishDraft(teamId, day);
        // The workers sent to a patient may open their record for the visit; the relationship ends with the day.
        Map<UUID, UUID> patientOf = new HashMap<>();
        context.rows().forEach(r -> patientOf.put(r.id(), r.patientId()));
        for (VisitStore.Row r : context.rows()) {
            relationships.ended(user.organisationId(), r.id());
        }
        for (Assignment a : context.draft()) {
            relationships.delegatedTo(user.organisationId(), a.visitId(), patientOf.get(a.visitId()), a.workerId());
        }
        store.published(teamId, day, user.staffId(), clock.instant());
        audit.record(new AuditEntry(user, null, "visits.day-published", "team", teamId,
                day + ": " + context.draft().stream().map(Assignment::visitId).distinct().count() + " visits"));
        return board(user, context(user, team, day, false));
    }

    /** A worker goes off during the day (sick, say): their visits not yet started move to others when re-planned. */
    @Transactional
    public Board workerOff(CurrentUser user, UUID teamId, LocalDate day, UUID staffId) {
        Team team = team(user, teamId);
        requireNotPast(day);
        VisitStore.ShiftRow shift = store.shift(user.organisationId(), staffId, day)
                .orElseThrow(() -> new NotFoundException("visits.no-shift", Messages.text("visits.refusal.no-shift")));
        if (shift.offFrom() != null) {
            throw new ConflictException("visits.already-off", Messages.text("visits.refusal.already-off"));
        }
        LocalTime from = day.equals(today()) ? now() : shift.startsAt();
        store.saveShift(user.organisationId(), new VisitStore.ShiftRow(staffId, day, shift.startsAt(),
                shift.endsAt(), shift.breakFrom(), shift.breakTo(), shift.baseName(), shift.baseLatitude(),
                shift.baseLongitude(), from), user.staffId(), clock.instant());
        store.changed(teamId, day);
        audit.record(new AuditEntry(user, null, "visits.worker-off", "staff", staffId, day + " from " + from));
        return board(user, context(user, team, day, false));
    }

    /** Sets a worker's shift for a day (replacing any), or with {@code null} removes it. */
    @Transactional
    public Shift setShift(CurrentUser user, UUID teamId, UUID staffId, LocalDate day, Shift shift) {
        Team team = team(user, teamId);
        requireNotPast(day);
        StaffMember member = staff.find(user.organisationId(), staffId)
                .filter(m -> team.id().equals(m.teamId()) && m.stage().isPresent())
                .orElseThrow(() -> new NotFoundException("visits.not-a-team-worker",
                        Messages.text("visits.refusal.not-a-team-worker")));
        if (shift == null) {
            store.removeShift(user.organisationId(), staffId, day);
            audit.record(new AuditEntry(user, null, "visits.shift-removed", "staff", staffId, day.toString()));
            return null;
        }
        Map<String, String> errors = ShiftRules.check(shift);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        store.saveShift(user.organisationId(), new VisitStore.ShiftRow(member.id(), day, shift.startsAt(),
                shift.endsAt(), shift.breakFrom(), shift.breakTo(), shift.baseName().strip(), shift.baseLatitude(),
                shift.baseLongitude(), null), user.staffId(), clock.instant());
        store.findDay(teamId, day).ifPresent(d -> store.changed(teamId, day));
        audit.record(new AuditEntry(user, null, "visits.shift-set", "staff", staffId,
                day + " " + shift.startsAt() + "-" + shift.endsAt()));
        return shiftOf(store.shift(user.organisationId(), staffId, day).orElseThrow());
    }

    /**
     * For the lapse check, with no user: takes off the published plan (and the working copy) every visit whose worker
     * no longer holds a competency it needs in date on the visit's day, or is below its stage, and lists it "to
     * re-plan" with the reason. How many were pulled back.
     */
    @Transactional
    public int pullBackLapsed(UUID organisationId, UUID teamId, LocalDate day) {
        Team team = staff.teams(organisationId).stream().filter(t -> t.id().equals(teamId)).findFirst().orElse(null);
        if (team == null) {
            return 0;
        }
        Context context = context(organisationId, null, team, day, false);
        DayPlan published = new DayPlan(day, store.assignments(teamId, day, VisitStore.Copy.PUBLISHED), List.of());
        DayPlan kept = Replanning.pullBackLapsed(published, context.problem());
        int pulled = 0;
        for (Unassigned u : kept.unassigned()) {
            if (u.code().equals("visits.reason.to-replan")) {
                store.withdraw(u.visitId());
                store.setPinned(u.visitId(), false);
                store.setReason(u.visitId(), u.code(), u.reason());
                pulled++;
            }
        }
        if (pulled > 0) {
            store.changed(teamId, day);
        }
        return pulled;
    }

    /** The published days from a date on, as (organisation, team, day), for the lapse check. */
    @Transactional(readOnly = true)
    public List<PublishedDay> publishedDaysFrom(LocalDate from) {
        return store.publishedDaysFrom(from).stream()
                .map(d -> new PublishedDay(store.organisationOfDay(d.teamId(), d.day()), d.teamId(), d.day()))
                .toList();
    }

    /** A team's published day. */
    public record PublishedDay(UUID organisationId, UUID teamId, LocalDate day) {
    }

    // The day as the planner sees it

    /** Everything about the day read once: rows, shifts, workers, the problem for the planner and the working copy. */
    private record Context(Team team, VisitStore.DayRow day, List<VisitStore.Row> rows, List<StaffMember> members,
            Map<UUID, VisitStore.ShiftRow> shifts, DayProblem problem, Set<UUID> located, Set<UUID> workersOff,
            List<Assignment> draft, Map<UUID, PatientSummary> patients, Map<UUID, TaskType> taskTypes) {
    }

    private Context context(CurrentUser user, Team team, LocalDate day, boolean refresh) {
        return context(user.organisationId(), user, team, day, refresh);
    }

    /** The day for a user, whose access to the patients is checked, or for a job (no user), which shows nobody. */
    private Context context(UUID org, CurrentUser user, Team team, LocalDate day, boolean refresh) {
        VisitStore.DayRow dayRow = store.lockDay(org, team.id(), day);
        List<StaffMember> members = staff.teamMembers(org, team.id()).stream()
                .filter(m -> m.stage().isPresent()).sorted(Comparator.comparing(StaffMember::familyName)
                        .thenComparing(StaffMember::givenName))
                .toList();
        if (refresh) {
            refresh(org, team, day, members);
        }
        List<VisitStore.Row> rows = store.visits(team.id(), day);
        Map<UUID, VisitStore.ShiftRow> shifts = new HashMap<>();
        store.shifts(org, members.stream().map(StaffMember::id).toList(), day)
                .forEach(s -> shifts.put(s.staffId(), s));
        Set<UUID> patientIds = rows.stream().map(VisitStore.Row::patientId).collect(Collectors.toSet());
        if (user != null) {
            access.checkAll(user, patientIds, PatientAction.PLAN_VISIT);
        }
        Map<UUID, PatientHomes.Home> homesById = homes.of(org, patientIds);
        Map<UUID, PatientSummary> summaries = patients.summaries(org, patientIds);
        Map<String, String> names = competencies.catalogue();
        Map<UUID, List<CompetencySignOff>> held = competencies.standingOf(org, shifts.keySet());
        Map<UUID, TaskType> taskTypes = new HashMap<>();
        List<Assignment> draft = store.assignments(team.id(), day, VisitStore.Copy.DRAFT);
        Map<UUID, List<Assignment>> draftByVisit = draft.stream()
                .collect(Collectors.groupingBy(Assignment::visitId));
        List<Visit> visits = new ArrayList<>();
        Set<UUID> located = new HashSet<>();
        for (VisitStore.Row row : rows) {
            TaskType task = tasks.find(row.taskTypeCode()).orElseThrow();
            taskTypes.put(row.id(), task);
            PatientHomes.Home home = homesById.get(row.patientId());
            if (row.cancelled() || home == null || !home.located()) {
                continue;
            }
            located.add(row.id());
            List<Assignment> mine = draftByVisit.getOrDefault(row.id(), List.of());
            Visit.Pin pin = row.pinned() && mine.size() == (row.doubleUp() ? 2 : 1)
                    && mine.stream().allMatch(a -> shifts.containsKey(a.workerId()))
                            ? new Visit.Pin(mine.stream().map(Assignment::workerId).toList(), mine.getFirst().start())
                            : null;
            visits.add(new Visit(row.id(), row.patientId(),
                    new Location(home.latitude().doubleValue(), home.longitude().doubleValue()),
                    Duration.ofMinutes(row.durationMinutes()), new TimeWindow(row.windowFrom(), row.windowTo()),
                    task.minimumStage(),
                    task.requiredCompetencies().stream().sorted()
                            .map(c -> new Visit.NeededCompetency(c, c + " " + names.getOrDefault(c, c))).toList(),
                    row.doubleUp(), row.preferredWorkerId(), pin));
        }
        List<Worker> workers = new ArrayList<>();
        Set<UUID> off = new HashSet<>();
        for (StaffMember m : members) {
            VisitStore.ShiftRow s = shifts.get(m.id());
            if (s == null) {
                continue;
            }
            if (s.offFrom() != null) {
                off.add(m.id());
            }
            workers.add(new Worker(m.id(), m.displayName(), new Location(s.baseLatitude(), s.baseLongitude()),
                    new TimeWindow(s.startsAt(), s.endsAt()),
                    s.breakFrom() == null ? List.of() : List.of(new TimeWindow(s.breakFrom(), s.breakTo())),
                    m.stage().orElse(Stage.SUPPORT_WORKER),
                    held.getOrDefault(m.id(), List.of()).stream()
                            .map(h -> new Worker.HeldCompetency(h.competencyCode(), h.expiresOn())).toList()));
        }
        Set<UUID> workerIds = workers.stream().map(Worker::id).collect(Collectors.toSet());
        // A pin whose worker has no shift that day any more is no pin: the visit is planned again.
        List<Visit> checked = visits.stream()
                .map(v -> v.pinned() && !workerIds.containsAll(v.pin().workers()) ? v.pinnedTo(null) : v).toList();
        List<Assignment> workingDraft = draft.stream().filter(a -> located.contains(a.visitId())).toList();
        return new Context(team, store.findDay(team.id(), day).orElse(dayRow), rows, members, shifts,
                new DayProblem(day, workers, checked), located, off, workingDraft, summaries, taskTypes);
    }

    /**
     * Adds a visit for each home-visit delegation now due that has none yet, and cancels the visits whose delegation
     * has been cancelled or ended since (they leave the plan, and the published day once published again).
     */
    private void refresh(UUID org, Team team, LocalDate day, List<StaffMember> members) {
        List<VisitStore.Row> existing = store.visits(team.id(), day);
        Set<UUID> delegations = existing.stream().map(VisitStore.Row::delegationId).collect(Collectors.toSet());
        Set<UUID> open = due.stillOpen(org, delegations);
        Instant now = clock.instant();
        boolean changed = false;
        for (VisitStore.Row row : existing) {
            if (!row.cancelled() && !open.contains(row.delegationId())) {
                store.cancel(row.id(), now, "visits.reason.delegation-closed",
                        Messages.text("visits.reason.delegation-closed"));
                changed = true;
            }
        }
        List<DueWork.Due> dueNow = due.dueOn(org, members.stream().map(StaffMember::id).toList(),
                day);
        Map<UUID, PatientHomes.Home> homesById = homes.of(org,
                dueNow.stream().map(DueWork.Due::patientId).collect(Collectors.toSet()));
        for (DueWork.Due d : dueNow) {
            if (delegations.contains(d.delegationId()) || !VisitDefaults.isHomeVisit(d.taskTypeCode())) {
                continue;
            }
            // A home staff visit only in pairs gets two workers, whatever the task.
            PatientHomes.Home home = homesById.get(d.patientId());
            boolean twoGo = VisitDefaults.doubleUp(d.taskTypeCode()) || home != null && home.pairsOnly();
            TimeWindow window = VisitDefaults.window(d.timeOfDay());
            store.insertVisit(new VisitStore.Row(Ids.newId(), org, team.id(), day, d.delegationId(),
                    d.patientId(), d.taskTypeCode(), (int) VisitDefaults.duration(d.taskTypeCode()).toMinutes(),
                    window.from(), window.to(), twoGo, d.workerId(), false, null,
                    null, null, 0), now);
            changed = true;
        }
        if (changed) {
            store.changed(team.id(), day);
        }
    }

    private Board board(CurrentUser user, Context c) {
        Map<UUID, String> names = new HashMap<>();
        c.members().forEach(m -> names.put(m.id(), m.displayName()));
        Set<UUID> preferred = c.rows().stream().map(VisitStore.Row::preferredWorkerId).filter(Objects::nonNull)
                .filter(id -> !names.containsKey(id)).collect(Collectors.toSet());
        names.putAll(staff.names(user.organisationId(), preferred));
        Map<UUID, List<Assignment>> draft = c.draft().stream().collect(Collectors.groupingBy(Assignment::visitId));
        Map<UUID, List<Assignment>> published = store.publishedOf(c.rows().stream().map(VisitStore.Row::id).toList());
        List<VisitCard> cards = new ArrayList<>();
        for (VisitStore.Row row : c.rows()) {
            TaskType task = c.taskTypes().get(row.id());
            boolean located = c.located().contains(row.id());
            String reason = row.cancelled()
                    ? row.reason()
                    : !located
                            ? Messages.text("visits.reason.no-location")
                            : draft.containsKey(row.id()) ? null : row.reason();
            cards.add(new VisitCard(row.id(), row.delegationId(), c.patients().get(row.patientId()), located,
                    row.taskTypeCode(), task.name(), row.durationMinutes(), row.windowFrom(), row.windowTo(),
                    row.doubleUp(), row.preferredWorkerId(), names.get(row.preferredWorkerId()), row.pinned(),
                    row.cancelled(), slots(draft.getOrDefault(row.id(), List.of()), names),
                    slots(published.getOrDefault(row.id(), List.of()), names), reason, row.version()));
        }
        List<WorkerRow> rows = new ArrayList<>();
        for (StaffMember m : c.members()) {
            VisitStore.ShiftRow s = c.shifts().get(m.id());
            List<VisitCard> theirs = cards.stream().filter(v -> v.planned().stream()
                    .anyMatch(slot -> slot.workerId().equals(m.id())))
                    .sorted(Comparator.comparing(VisitCard::start)).toList();
            rows.add(new WorkerRow(m.id(), m.displayName(), m.stage().map(Stage::title).orElse(""),
                    s == null ? null : shiftOf(s), theirs));
        }
        List<VisitCard> unplanned = cards.stream().filter(v -> !v.cancelled() && !v.isPlanned()).toList();
        List<VisitCard> cancelled = cards.stream().filter(VisitCard::cancelled).toList();
        List<Problem> problems = PlanRules.check(c.problem(), new DayPlan(c.problem().day(), c.draft(), List.of()),
                travel).stream().filter(r -> !r.code().equals("visits.rule.pinned-unassigned"))
                .map(r -> new Problem(r.visitId(), r.workerId(), r.code(), r.message())).toList();
        VisitStore.DayRow d = c.day();
        return new Board(c.team().id(), c.team().name(), c.problem().day(), d.plannedAt(), d.publishedAt(),
                d.publishedBy() == null
                        ? null
                        : staff.names(user.organisationId(), List.of(d.publishedBy()))
                                .get(d.publishedBy()),
                d.unpublishedChanges(), d.version(), rows, unplanned, cancelled, problems);
    }

    private static List<Slot> slots(List<Assignment> assignments, Map<UUID, String> names) {
        return assignments.stream().map(a -> new Slot(a.workerId(), names.getOrDefault(a.workerId(), ""), a.start(),
                a.end())).toList();
    }

    static Shift shiftOf(VisitStore.ShiftRow s) {
        return new Shift(s.startsAt(), s.endsAt(), s.breakFrom(), s.breakTo(), s.baseName(), s.baseLatitude(),
                s.baseLongitude(), s.offFrom());
    }

    private Set<UUID> started(CurrentUser user, Context context) {
        List<UUID> ids = context.rows().stream().map(VisitStore.Row::id).toList();
        return progress.stream().flatMap(p -> p.started(user.organisationId(), ids).stream())
                .collect(Collectors.toSet());
    }

    /**
     * The team, which a team lead may plan for, and a registrant only when it is their own team: a ward physio does
     * not plan the community team's day.
     */
    private Team team(CurrentUser user, UUID teamId) {
        Team team = staff.teams(user.organisationId()).stream().filter(t -> t.id().equals(teamId)).findFirst()
                .orElseThrow(() -> new NotFoundException("visits.team-not-found",
                        Messages.text("visits.refusal.team-not-found")));
        if (!user.has(Role.TEAM_LEAD) && !team.id().equals(user.teamId())) {
            throw new NotAllowedException("visits.not-your-team", Messages.text("visits.refusal.not-your-team"));
        }
        return team;
    }

    private VisitStore.Row visit(CurrentUser user, UUID visitId) {
        return store.visit(user.organisationId(), visitId).orElseThrow(() -> new NotFoundException(
                "visits.visit-not-found", Messages.text("visits.refusal.visit-not-found")));
    }

    private void requireVersion(Context context, int expectedVersion) {
        if (context.day().version() != expectedVersion) {
            throw new ConflictException("visits.day-changed", Messages.text("visits.refusal.day-changed"));
        }
    }

    private void requireNotPast(LocalDate day) {
        if (day.isBefore(today())) {
            throw new RefusedException("visits.day-past", Messages.text("visits.refusal.day-past"));
        }
    }

    private LocalDate today() {
        return Time.today(clock);
    }

    private LocalTime now() {
        return ZonedDateTime.now(clock.withZone(Time.LONDON)).toLocalTime().withNano(0);
    }
}
