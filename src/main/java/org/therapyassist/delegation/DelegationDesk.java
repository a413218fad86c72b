package org.therapyassist.delegation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.CareRelationships;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.competence.CompetencyCheck;
import org.therapyassist.competence.CompetencyRegister;
import org.therapyassist.delegation.Enums.DeclineReason;
import org.therapyassist.delegation.Enums.ReviewOutcome;
import org.therapyassist.delegation.Enums.Status;
import org.therapyassist.delegation.Enums.TimeOfDay;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
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
    private final ApplicationEventPublisher events;

    DelegationDesk(DelegationRepository repository, TaskCatalogue catalogue, CompetencyRegister competencies,
            StaffDirectory staff, PatientRecords patients, CarePlans carePlans, PatientAccess access,
            CareRelationships relationships, DelegationViews views, JdbcClient jdbc, DelegationEquipment equipment,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
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
                    Messages.text("delegation.refusal.not-registered"));
        }
        patients.require(user.organisationId(), command.patientId());
        LocalDate today = Time.today(clock);
        Map<String, String> problems = new LinkedHashMap<>(DelegationRules.dateProblems(command.startsOn(),
                command.endsOn(), command.reviewOn(), today));
        problems.putAll(command.observationLimits().problems());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TaskType task = catalogue.find(command.taskType())
                .orElseThrow(() -> new InvalidInputException(
                        Map.of("taskType", Messages.text("delegation.new.task.unknown"))));
        StaffMember worker = staff.find(user.organisationId(), command.workerId())
                .orElseThrow(
                        () -> new InvalidInputException(
                                Map.of("workerId", Messages.text("delegation.new.worker.unknown"))));
        if (command.episodeId() != null) {
            var episode = carePlans.require(user.organisationId(), command.episodeId());
            if (!episode.patientId().equals(command.patientId())) {
                throw new InvalidInputException(
                        Map.of("episodeId", Messages.text("delegation.new.episode.other-patient")));
            }
        }
        CompetencyCheck check = competencies.check(user.organisationId(), worker.id(), task.requiredCompetencies(),
                command.startsOn().isAfter(today) ? command.startsOn() : today);
        var refusal = DelegationRules.refusal(true, command.consent(), command.consentNote(),
                new DelegationRules.Worker(worker.displayName(), worker.stage(), competencies.catalogue()), task,
                check);
        if (refusal.isPresent()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("missingCompetencies", check.missing());
            details.put("expiredCompetencies",
                    check.expired().stream().map(CompetencyCheck.Expired::competencyCode).toList());
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
        repository.insertObservationLimits(delegation, command.observationLimits());
        relationships.delegatedTo(user.organisationId(), delegation.id(), delegation.patientId(), worker.id());
        access.check(user, delegation.patientId(), PatientAction.DELEGATE, delegation.id());
        events.publishEvent(
                new DelegationOffered(user.organisationId(), delegation.id(), delegator.id(), worker.id()));
        return views.of(user.organisationId(), List.of(delegation), today).getFirst();
    }

    /** Support workers who could take this task today (right stage, every competency in date), own team first. */
    @Transactional(readOnly = true)
    public Page<CompetentColleague> competentFor(CurrentUser user, String taskTypeCode, PageRequest page) {
        TaskType task = catalogue.find(taskTypeCode)
                .orElseThrow(() -> new NotFoundException("task-type.not-found",
                        Messages.text("delegation.refusal.task-type-not-found")));
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
        CompetencyCheck check = competencies.check(user.organisationId(), user.staffId(), task.requiredCompetencies(),
                today);
        d.accept(user.staffId(), clock.instant());
        equipment.requireUsable(user.organisationId(), d.id(), today);
        if (!check.passes()) {
            throw new RefusedException(
                    check.missing().isEmpty() ? "delegation.competency-expired" : "delegation.not-competent",
                    Messages.text("delegation.refusal.own-competency",
                            DelegationRules.named(check.failingCodes(), competencies.catalogue())));
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
    public DelegationView review(CurrentUser user, UUID id, ReviewOutcome outcome, String note,
            LocalDate nextReviewOn) {
        requireRegistrant(user);
        if (outcome == null) {
            throw new InvalidInputException(Map.of("outcome", Messages.text("delegation.review.outcome.blank")));
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(Map.of("note", Messages.text("delegation.review.note.blank")));
        }
        Delegation d = require(user, id);
        LocalDate today = Time.today(clock);
        Instant now = clock.instant();
        d.review(outcome, nextReviewOn, note.strip(), today, now);
        repository.update(d);
        jdbc.sql(
                "insert into delegation_review (id, organisation_id, delegation_id, reviewed_by, reviewed_at, outcome, "
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

    public List<TaskType> taskTypes() {
        return catalogue.all();
    }

    Delegation require(CurrentUser user, UUID id) {
        return repository.find(user.organisationId(), id)
                .orElseThrow(() -> new NotFoundException("delegation.not-found",
                        Messages.text("delegation.refusal.not-found")));
    }

    private static void requireRegistrant(CurrentUser user) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("delegation.registrant-only",
                    Messages.text("delegation.refusal.registrant-only"));
        }
    }
}
