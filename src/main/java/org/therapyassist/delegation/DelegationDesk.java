package org.therapyassist.delegation;

import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.CareRelationships;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.delegation.Enums.DeclineReason;
import org.therapyassist.delegation.Enums.ReviewOutcome;
import org.therapyassist.delegation.Enums.Status;
import org.therapyassist.delegation.Enums.TimeOfDay;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Time;
import org.therapyassist.competence.CompetencyCheck;
import org.therapyassist.competence.CompetencyRegister;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/** The delegation use cases: delegate (with every pre-delegation check), respond, cancel, review. */
@Service
public class DelegationDesk {

    private final DelegationRepository repository;
    private final TaskCatalogue catalogue;
    private final CompetencyRegister competencies;
    private final StaffDirectory staff;
    private final PatientRecords patients;
    private final CarePlans carePlans;
    private final PatientAccess access;
    private final CareRelationships relationships;
    private final DelegationViews views;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final DelegationEquipment equipment;

    DelegationDesk(DelegationRepository repository, TaskCatalogue catalogue, CompetencyRegister competencies,
            StaffDirectory staff, PatientRecords patients, CarePlans carePlans, PatientAccess access,
            CareRelationships relationships, DelegationViews views, JdbcClient jdbc, DelegationEquipment equipment, Clock clock) {
        this.equipment = equipment;
        this.repository = repository;
        this.catalogue = catalogue;
        this.competencies = competencies;
        this.staff = staff;
        this.patients = patients;
        this.carePlans = carePlans;
        this.access = access;
        this.relationships = relationships;
        this.views = views;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public DelegationView delegate(CurrentUser user, NewDelegation command) {
        StaffMember delegator = staff.require(user.organisationId(), user.staffId());
        if (!delegator.isRegistrant()) {
            throw new NotAllowedException("delegation.delegator-not-registered",
                    "Only a registered professional with an HCPC number can delegate clinical tasks.");
        }
        patients.require(user.organisationId(), command.patientId());
        LocalDate today = Time.today(clock);
        validateDates(command, today);
        TaskType task = catalogue.find(command.taskType())
                .orElseThrow(() -> new InvalidInputException(Map.of("taskType", "Choose a task from the list")));
        StaffMember worker = staff.find(user.organisationId(), command.workerId())
                .orElseThrow(() -> new InvalidInputException(Map.of("workerId", "Choose a support worker from the list")));
        if (command.episodeId() != null) {
            var episode = carePlans.require(user.organisationId(), command.episodeId());
            if (!episode.patientId().equals(command.patientId())) {
                throw new InvalidInputException(Map.of("episodeId", "The episode belongs to another patient"));
            }
        }
        CompetencyCheck check = competencies.check(user.organisationId(), worker.id(), task.requiredCompetencies(),
                command.startsOn().isAfter(today) ? command.startsOn() : today);
        var refusal = DelegationRules.refusal(true, command.consent(), command.consentNote(), worker.stage(), task, check);
        if (refusal.isPresent()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("missingCompetencies", check.missing());
            details.put("expiredCompetencies", check.expired().stream().map(CompetencyCheck.Expired::competencyCode).toList());
            details.put("competentColleagues", competentColleagues(user, task, today, worker.id()));
            throw new RefusedException(refusal.get().code(), refusal.get().message(), details);
        }
        Instant now = clock.instant();
        Delegation delegation = new Delegation(Ids.newId(), user.organisationId(), command.patientId(),
                command.episodeId(), task.code(), delegator.id(), delegator.hcpcNumber(), worker.id(),
                new Delegation.Plan(command.instructions().strip(), command.frequency(),
                        command.timeOfDay() == null ? TimeOfDay.ANY_TIME : command.timeOfDay(), command.startsOn(),
                        command.endsOn(), command.escalationCriteria().strip(), command.patientRisks().strip(),
                        command.consent(), Text.blankToNull(command.consentNote()), command.supervision(),
                        command.contactInstructions().strip()),
                now, Status.OFFERED, null, null, null, null, null, command.reviewOn(), Delegation.Activity.NONE, 0);
        repository.insert(delegation, now, check);
        relationships.delegatedTo(user.organisationId(), delegation.id(), delegation.patientId(), worker.id());
        access.check(user, delegation.patientId(), PatientAction.DELEGATE, delegation.id());
        return views.of(user.organisationId(), List.of(delegation), today).getFirst();
    }

    /** Support workers who could take this task today (right stage, every competency in date), own team first. */
    @Transactional(readOnly = true)
    /** A colleague who could take a task: right stage, every competency in date. */
    public record CompetentColleague(UUID id, String name, String stage, String team) {
    }

    public Page<CompetentColleague> competentFor(CurrentUser user, String taskTypeCode, PageRequest page) {
        TaskType task = catalogue.find(taskTypeCode)
                .orElseThrow(() -> new NotFoundException("task-type.not-found", "There is no such task type."));
        return competencies.competentFor(user.organisationId(), task.requiredCompetencies(), task.minimumStage(),
                        Time.today(clock), user.teamId(), page)
                .map(s -> new CompetentColleague(s.id(), s.displayName(), s.stage().orElseThrow().title(),
                        s.teamName() == null ? "" : s.teamName()));
    }

    /** How many colleagues a refusal or the delegation form suggests: the user's team first, then by name. */
    public static final int COLLEAGUES_SHOWN = 20;

    /** Colleagues who could take the task instead: right stage, every competency in date (the first few). */
    public List<CompetentColleague> competentColleagues(CurrentUser user, TaskType task, LocalDate on, UUID except) {
        return competencies.competentFor(user.organisationId(), task.requiredCompetencies(), task.minimumStage(), on,
                        user.teamId(), PageRequest.first(COLLEAGUES_SHOWN + 1)).items().stream()
                .filter(s -> except == null || !s.id().equals(except))
                .limit(COLLEAGUES_SHOWN)
                .map(s -> new CompetentColleague(s.id(), s.displayName(), s.stage().orElseThrow().title(),
                        s.teamName() == null ? "" : s.teamName()))
                .toList();
    }

    @Transactional
    public DelegationView accept(CurrentUser user, UUID id) {
        Delegation d = require(user, id);
        TaskType task = catalogue.find(d.taskTypeCode()).orElseThrow();
        LocalDate today = Time.today(clock);
        // Competency may have lapsed between the offer and the answer: check again at the moment of accepting.
        CompetencyCheck check = competencies.check(user.organisationId(), user.staffId(), task.requiredCompetencies(), today);
        d.accept(user.staffId(), clock.instant());
        equipment.requireUsable(user.organisationId(), d.id(), today);
        if (!check.passes()) {
            throw new RefusedException(check.missing().isEmpty() ? "delegation.competency-expired" : "delegation.not-competent",
                    "Your sign-off for competency " + String.join(", ", check.failingCodes())
                            + " is not in date, so you cannot accept this task. Decline it and speak to your assessor.");
        }
        repository.update(d);
        access.check(user, d.patientId(), PatientAction.ACCEPT_DELEGATION, d.id());
        return views.of(user.organisationId(), List.of(d), today).getFirst();
    }

    @Transactional
    public DelegationView decline(CurrentUser user, UUID id, DeclineReason reason, String note) {
        Delegation d = require(user, id);
        d.decline(user.staffId(), reason, note, clock.instant());
        repository.update(d);
        relationships.ended(user.organisationId(), d.id());
        access.check(user, d.patientId(), PatientAction.DECLINE_DELEGATION, d.id());
        return views.of(user.organisationId(), List.of(d), Time.today(clock)).getFirst();
    }

    @Transactional
    public DelegationView cancel(CurrentUser user, UUID id, String note) {
        requireRegistrant(user);
        Delegation d = require(user, id);
        d.cancel(Text.blankToNull(note), clock.instant());
        repository.update(d);
        relationships.ended(user.organisationId(), d.id());
        access.check(user, d.patientId(), PatientAction.CANCEL_DELEGATION, d.id());
        return views.of(user.organisationId(), List.of(d), Time.today(clock)).getFirst();
    }

    @Transactional
    public DelegationView acknowledgeDecline(CurrentUser user, UUID id) {
        requireRegistrant(user);
        Delegation d = require(user, id);
        d.acknowledgeDecline(clock.instant());
        repository.update(d);
        access.check(user, d.patientId(), PatientAction.REVIEW_DELEGATION, d.id());
        return views.of(user.organisationId(), List.of(d), Time.today(clock)).getFirst();
    }

    @Transactional
    public DelegationView review(CurrentUser user, UUID id, ReviewOutcome outcome, String note, LocalDate nextReviewOn) {
        requireRegistrant(user);
        if (outcome == null) {
            throw new InvalidInputException(Map.of("outcome", "Choose whether the delegation continues or ends"));
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(Map.of("note", "Enter what you found at review"));
        }
        Delegation d = require(user, id);
        LocalDate today = Time.today(clock);
        Instant now = clock.instant();
        d.review(outcome, nextReviewOn, note.strip(), today, now);
        repository.update(d);
        jdbc.sql("insert into delegation_review (id, organisation_id, delegation_id, reviewed_by, reviewed_at, outcome, "
                        + "note, next_review_on) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), user.organisationId(), d.id(), user.staffId(), Time.db(now), outcome.name(),
                        note.strip(), outcome == ReviewOutcome.CONTINUE ? nextReviewOn : null)
                .update();
        if (d.status() != Status.ACCEPTED) {
            relationships.ended(user.organisationId(), d.id());
        }
        access.check(user, d.patientId(), PatientAction.REVIEW_DELEGATION, d.id());
        return views.of(user.organisationId(), List.of(d), today).getFirst();
    }

    @Transactional
    public DelegationView view(CurrentUser user, UUID id) {
        Delegation d = require(user, id);
        access.check(user, d.patientId(), PatientAction.VIEW_RECORD, d.id());
        return views.of(user.organisationId(), List.of(d), Time.today(clock)).getFirst();
    }

    /**
     * For the sessions module: the delegation a session is being recorded against, checked to be the worker's own
     * and open; the session date is counted towards what is due.
     */
    @Transactional
    public DelegationView recordSessionAgainst(CurrentUser user, UUID delegationId, LocalDate performedOn) {
        Delegation d = repository.findForUpdate(user.organisationId(), delegationId)
                .orElseThrow(() -> new NotFoundException("delegation.not-found", "There is no such delegation."));
        d.requireRecordableBy(user.staffId(), performedOn);
        equipment.requireUsable(user.organisationId(), d.id(), Time.today(clock));
        equipment.requireNamedForLift(user.organisationId(), d.id(), d.taskTypeCode());
        repository.updateActivity(d, d.activityAfterSessionOn(performedOn));
        return views.of(user.organisationId(), List.of(d), Time.today(clock), false).getFirst();
    }

    /** The parts of a registrant's worklist; a worklist can be read whole or one part at a time. */
    public enum WorkPart { DECLINED, REVIEWS_DUE, AWAITING_RESPONSE, LAPSED_COMPETENCY }

    /**
     * Declined delegations the registrant has not yet dealt with, accepted ones whose review date has come, offers not
     * yet answered and open ones relying on lapsed evidence: each part a page (the same page of each), or only the
     * parts asked for (the others are null).
     */
    @Transactional(readOnly = true)
    public Worklist worklistOf(UUID organisationId, UUID delegatorId, java.util.Set<WorkPart> parts, PageRequest page) {
        LocalDate today = Time.today(clock);
        Page<DelegationView> declined = !parts.contains(WorkPart.DECLINED) ? null
                : views(organisationId, repository.page(page, "organisation_id = ? and delegator_id = ? and status = 'DECLINED' "
                        + "and closed_at is null", "responded_at, id", organisationId, delegatorId), today, false);
        Page<DelegationView> reviews = !parts.contains(WorkPart.REVIEWS_DUE) ? null
                : views(organisationId, repository.page(page, "organisation_id = ? and delegator_id = ? and status = 'ACCEPTED' "
                        + "and review_on <= ?", "review_on, id", organisationId, delegatorId, today), today, false);
        Page<DelegationView> awaiting = !parts.contains(WorkPart.AWAITING_RESPONSE) ? null
                : views(organisationId, repository.page(page, "organisation_id = ? and delegator_id = ? and status = 'OFFERED'",
                        "created_at, id", organisationId, delegatorId), today, false);
        Page<DelegationView> lapsed = !parts.contains(WorkPart.LAPSED_COMPETENCY) ? null
                : views(organisationId, relyingOnLapsedEvidence(organisationId, delegatorId, today, page), today, true);
        return new Worklist(declined, reviews, awaiting, lapsed);
    }

    private Page<DelegationView> views(UUID organisationId, Page<Delegation> found, LocalDate today, boolean lapsed) {
        return new Page<>(views.of(organisationId, found.items(), today, lapsed), found.page(), found.size(), found.hasMore(),
                found.total());
    }

    /**
     * Open delegations whose competency evidence has since expired or been revoked: the delegation check stops new
     * ones at once, and these are put in front of the delegator to review.
     */
    private Page<Delegation> relyingOnLapsedEvidence(UUID organisationId, UUID delegatorId, LocalDate today, PageRequest page) {
        Map<UUID, java.util.Set<UUID>> evidence = new HashMap<>();
        jdbc.sql("select e.delegation_id, e.signoff_id from delegation_evidence e join delegation d on d.id = e.delegation_id "
                        + "where d.organisation_id = ? and d.delegator_id = ? and d.status in ('OFFERED', 'ACCEPTED')")
                .params(organisationId, delegatorId)
                .query(rs -> {
                    evidence.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.HashSet<>())
                            .add(rs.getObject(2, UUID.class));
                });
        java.util.Set<UUID> lapsed = competencies.lapsedAmong(organisationId,
                evidence.values().stream().flatMap(java.util.Set::stream).toList(), today);
        List<UUID> affected = evidence.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(lapsed::contains)).map(Map.Entry::getKey).toList();
        if (affected.isEmpty()) {
            return Page.empty(page);
        }
        // The ids are the delegator's open delegations only; the page's rows are read in one query, in SQL order.
        String ids = affected.stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(", "));
        return repository.page(page, "organisation_id = ? and id in (" + ids + ")", "created_at, id", organisationId);
    }

    /** The parts of a worklist read, each a page; a part not asked for is null. */
    public record Worklist(Page<DelegationView> declined, Page<DelegationView> reviewsDue,
            Page<DelegationView> awaitingResponse, Page<DelegationView> lapsedCompetency) {
        public List<UUID> patientIds() {
            List<UUID> ids = new java.util.ArrayList<>();
            java.util.stream.Stream.of(declined, reviewsDue, awaitingResponse, lapsedCompetency)
                    .filter(java.util.Objects::nonNull)
                    .forEach(p -> p.items().forEach(d -> ids.add(d.patient().id())));
            return ids;
        }
    }

    /** Delegations of a patient, newest first; the caller has already checked access to the patient. */
    @Transactional(readOnly = true)
    public List<DelegationView> forPatient(UUID organisationId, UUID patientId) {
        List<Delegation> list = repository.query("organisation_id = ? and patient_id = ? order by created_at desc",
                organisationId, patientId);
        return views.of(organisationId, list, Time.today(clock));
    }

    /**
     * A patient's delegations by their latest event (made, or answered), newest first, at most {@code limit}: what the
     * patient's timeline and record page show; access already checked.
     */
    @Transactional(readOnly = true)
    public List<DelegationView> newestForPatient(UUID organisationId, UUID patientId, int limit) {
        List<Delegation> list = repository.query("organisation_id = ? and patient_id = ? "
                + "order by greatest(created_at, coalesce(responded_at, created_at)) desc, id desc limit ?",
                organisationId, patientId, limit);
        return views.of(organisationId, list, Time.today(clock));
    }

    /** How many delegations the patient has had. */
    @Transactional(readOnly = true)
    public long countForPatient(UUID organisationId, UUID patientId) {
        return repository.count("organisation_id = ? and patient_id = ?", organisationId, patientId);
    }

    /** The task name of a delegation, for records written against it. */
    @Transactional(readOnly = true)
    public String taskNameOf(UUID organisationId, UUID delegationId) {
        return repository.find(organisationId, delegationId)
                .flatMap(d -> catalogue.find(d.taskTypeCode()))
                .map(TaskType::name)
                .orElse("Delegated task");
    }

    /** The task names of several delegations at once (for lists of things recorded against them). */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> taskNamesOf(UUID organisationId, java.util.Collection<UUID> delegationIds) {
        java.util.Map<UUID, String> out = new java.util.HashMap<>();
        repository.taskTypeCodes(organisationId, java.util.Set.copyOf(delegationIds)).forEach((id, code) ->
                out.put(id, catalogue.find(code).map(TaskType::name).orElse("Delegated task")));
        return out;
    }

    /** The task's name and its "stop and contact" criteria, as a record made against the delegation shows them. */
    public record TaskSummary(String taskTypeName, String stopCriteria) {
    }

    @Transactional(readOnly = true)
    public TaskSummary summaryOf(UUID organisationId, UUID delegationId) {
        return repository.find(organisationId, delegationId)
                .map(d -> new TaskSummary(catalogue.find(d.taskTypeCode()).map(TaskType::name).orElse("Delegated task"),
                        d.plan().escalationCriteria()))
                .orElse(new TaskSummary("Delegated task", null));
    }

    public List<TaskType> taskTypes() {
        return catalogue.all();
    }

    Delegation require(CurrentUser user, UUID id) {
        return repository.find(user.organisationId(), id)
                .orElseThrow(() -> new NotFoundException("delegation.not-found", "There is no such delegation."));
    }

    private static void validateDates(NewDelegation c, LocalDate today) {
        Map<String, String> errors = new HashMap<>();
        if (c.startsOn().isBefore(today)) {
            errors.put("startsOn", "Start date must be today or in the future");
        }
        if (c.endsOn().isBefore(c.startsOn())) {
            errors.put("endsOn", "End date must be on or after the start date");
        }
        if (c.reviewOn().isBefore(c.startsOn())) {
            errors.put("reviewOn", "Review date must be on or after the start date");
        } else if (c.reviewOn().isAfter(c.endsOn())) {
            errors.put("reviewOn", "Review date must be on or before the end date");
        }
        if (c.endsOn().isAfter(c.startsOn().plusMonths(6))) {
            errors.put("endsOn", "A delegation can last at most 6 months; review and delegate again after that");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void requireRegistrant(CurrentUser user) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("delegation.registrant-only", "Only a registered therapist can do this.");
        }
    }


    static Set<Status> open() {
        return Set.of(Status.OFFERED, Status.ACCEPTED);
    }
}
