package org.therapyassist.visits;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
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
import org.therapyassist.visits.DayBoard.Board;
import org.therapyassist.visits.DayBoard.Problem;
import org.therapyassist.visits.DayBoard.Shift;
import org.therapyassist.visits.DayBoard.Slot;
import org.therapyassist.visits.DayBoard.VisitCard;
import org.therapyassist.visits.DayBoard.WorkerRow;
/**
 * Reads a team's day once for the services that show or change it: the visits (made from the delegations due the first
 * time), shifts, workers with their sign-offs, the planner's problem and the working copy; and the board made of them.
 * Also the checks every change makes first (the team is the user's to plan, the day has not passed, the version).
 */
@Component
class DayReader {

    private final VisitStore store;
    private final VisitMaker maker;
    private final ShiftStore shiftStore;
    private final DueWork due;
    private final StaffDirectory staff;
    private final CompetencyRegister competencies;
    private final PatientHomes homes;
    private final PatientRecords patients;
    private final PatientAccess access;
    private final TaskCatalogue tasks;
    private final TravelTimes travel;
    private final ObjectProvider<VisitProgress> progress;
    private final Clock clock;

    DayReader(VisitStore store, DueWork due, StaffDirectory staff, CompetencyRegister competencies, PatientHomes homes,
            PatientRecords patients, PatientAccess access, TaskCatalogue tasks, TravelTimes travel,
            ObjectProvider<VisitProgress> progress, Clock clock, ShiftStore shiftStore, VisitMaker maker) {
        this.maker = maker;
        this.shiftStore = shiftStore;
        this.store = store;
        this.due = due;
        this.staff = staff;
        this.competencies = competencies;
        this.homes = homes;
        this.patients = patients;
        this.access = access;
        this.tasks = tasks;
        this.travel = travel;
        this.progress = progress;
        this.clock = clock;
    }

    /** Everything about the day read once: rows, shifts, workers, the problem for the planner and the working copy. */
    record Context(Team team, VisitStore.DayRow day, List<VisitStore.Row> rows, List<StaffMember> members,
            Map<UUID, ShiftStore.ShiftRow> shifts, DayProblem problem, Set<UUID> located, Set<UUID> workersOff,
            List<Assignment> draft, Map<UUID, PatientSummary> patients, Map<UUID, TaskType> taskTypes) {
    }

    Context context(CurrentUser user, Team team, LocalDate day, boolean refresh) {
        return context(user.organisationId(), user, team, day, refresh);
    }

    /** The day for a user, whose access to the patients is checked, or for a job (no user), which shows nobody. */
    Context context(UUID org, CurrentUser user, Team team, LocalDate day, boolean refresh) {
        VisitStore.DayRow dayRow = store.lockDay(org, team.id(), day);
        List<StaffMember> members = staff.teamMembers(org, team.id()).stream()
                .filter(m -> m.stage().isPresent()).sorted(Comparator.comparing(StaffMember::familyName)
                        .thenComparing(StaffMember::givenName))
                .toList();
        if (refresh) {
            maker.refresh(org, team, day, members);
        }
        List<VisitStore.Row> rows = store.visits(team.id(), day);
        Map<UUID, ShiftStore.ShiftRow> shifts = new HashMap<>();
        shiftStore.shifts(org, members.stream().map(StaffMember::id).toList(), day)
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
            ShiftStore.ShiftRow s = shifts.get(m.id());
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

    Board board(CurrentUser user, Context c) {
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
            ShiftStore.ShiftRow s = c.shifts().get(m.id());
            List<VisitCard> theirs = cards.stream().filter(v -> v.planned().stream()
                    .anyMatch(slot -> slot.workerId().equals(m.id())))
                    .sorted(Comparator.comparing(VisitCard::start)).toList();
            rows.add(new WorkerRow(m.id(), m.displayName(), m.stage().map(Stage::title).orElse(""),
                    s == null ? null : shiftOf(s), theirs));
        }
        List<VisitCard> unplanned = cards.stream().filter(v -> !v.cancelled() && !v.placed()).toList();
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

    /** The care relationship's source for one worker sent on one visit. */
    static UUID visitSource(Assignment a) {
        return UUID.nameUUIDFromBytes(("visit:" + a.visitId() + ":" + a.workerId()).getBytes(StandardCharsets.UTF_8));
    }

    private static List<Slot> slots(List<Assignment> assignments, Map<UUID, String> names) {
        return assignments.stream().map(a -> new Slot(a.workerId(), names.getOrDefault(a.workerId(), ""), a.start(),
                a.end())).toList();
    }

    static Shift shiftOf(ShiftStore.ShiftRow s) {
        return new Shift(s.startsAt(), s.endsAt(), s.breakFrom(), s.breakTo(), s.baseName(), s.baseLatitude(),
                s.baseLongitude(), s.offFrom());
    }

    Set<UUID> started(CurrentUser user, Context context) {
        List<UUID> ids = context.rows().stream().map(VisitStore.Row::id).toList();
        return progress.stream().flatMap(p -> p.started(user.organisationId(), ids).stream())
                .collect(Collectors.toSet());
    }

    /**
     * The team, which a team lead may plan for, and a registrant only when it is their own team: a ward physio does
     * not plan the community team's day.
     */
    Team team(CurrentUser user, UUID teamId) {
        Team team = staff.teams(user.organisationId()).stream().filter(t -> t.id().equals(teamId)).findFirst()
                .orElseThrow(() -> new NotFoundException("visits.team-not-found",
                        Messages.text("visits.refusal.team-not-found")));
        if (!user.has(Role.TEAM_LEAD) && !team.id().equals(user.teamId())) {
            throw new NotAllowedException("visits.not-your-team", Messages.text("visits.refusal.not-your-team"));
        }
        return team;
    }

    VisitStore.Row visit(CurrentUser user, UUID visitId) {
        return store.visit(user.organisationId(), visitId).orElseThrow(() -> new NotFoundException(
                "visits.visit-not-found", Messages.text("visits.refusal.visit-not-found")));
    }

    void requireVersion(Context context, int expectedVersion) {
        if (context.day().version() != expectedVersion) {
            throw new ConflictException("visits.day-changed", Messages.text("visits.refusal.day-changed"));
        }
    }

    void requireNotPast(LocalDate day) {
        if (day.isBefore(today())) {
            throw new RefusedException("visits.day-past", Messages.text("visits.refusal.day-past"));
        }
    }

    LocalDate today() {
        return Time.today(clock);
    }

    LocalTime now() {
        return ZonedDateTime.now(clock.withZone(Time.LONDON)).toLocalTime().withNano(0);
    }
}
