package org.therapyassist.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.delegation.DelegatedTasks;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.SessionTargets;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/** Recording, signing, amending and countersigning session records. */
@Service
public class SessionRecords {

    private final SessionRecordRepository repository;
    private final DelegationDesk delegations;
    private final SessionTargets targets;
    private final SessionRecordContents contents;
    private final SessionRecordViews views;
    private final StaffDirectory staff;
    private final PatientAccess access;
    private final Escalations escalations;
    private final SessionProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final CommandGuard guard;
    private final PreSessionChecks checks;

    SessionRecords(SessionRecordRepository repository, DelegationDesk delegations, SessionTargets targets,
            SessionRecordContents contents,
            SessionRecordViews views, StaffDirectory staff, PatientAccess access, Escalations escalations,
            SessionProperties properties, Clock clock, ApplicationEventPublisher events,
            CommandGuard guard, PreSessionChecks checks) {
        this.targets = targets;
        this.guard = guard;
        this.checks = checks;
        this.events = events;
        this.repository = repository;
        this.delegations = delegations;
        this.contents = contents;
        this.views = views;
        this.staff = staff;
        this.access = access;
        this.escalations = escalations;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public SessionRecordView record(CurrentUser user, NewSessionRecord command) {
        DelegationView delegation = targets.recordSessionAgainst(user, command.delegationId(),
                command.performedOn());
        // The worker must still be competent on the day of the visit: a sign-off that lapsed after they accepted the
        // task
        // stops the recording as it would have stopped the delegation. Measures on the record are checked as measures.
        guard.check(user, Command.RECORD_SESSION, delegation.taskType());
        access.check(user, delegation.patient().id(), PatientAction.RECORD_SESSION, delegation.id());
        // The goals are read only to check and name progress lines; most records have none.
        Map<UUID, String> goals = command.goalProgress().isEmpty()
                ? Map.of()
                : contents.goalsOf(user, delegation.patient().id());
        SessionRecordContents.requireGoalsOfThisPatient(goals, command.goalProgress());
        List<NewSessionRecord.Activity> activities = contents.withPrescriptions(user, delegation, command.activities());
        Instant now = clock.instant();
        SessionRecord record = new SessionRecord(Ids.newId(), user.organisationId(), delegation.id(),
                delegation.patient().id(), user.staffId(), user.band(), delegation.delegatorId(), command.performedOn(),
                now, command.patientResponse().strip(), command.painBefore(), command.painAfter(), command.tugSeconds(),
                command.chairStandCount(), Text.blankToNull(command.note()), SessionRecord.Status.DRAFT,
                properties.requiresCountersign(user.band()), null, 0, activities,
                SessionRecordContents.progressOf(command.goalProgress()),
                null, List.of());
        String content = RepeatedRecords.contentOf(command);
        // Same worker, delegation, day and words within a few minutes: the same record sent again (a retry after a
        // lost answer), not a second visit. The delegation's row is locked above, so two sent at once meet here in
        // turn.
        repository.sameRecordedSince(record, content, now.minus(properties.repeatWindow())).ifPresent(existing -> {
            throw new ConflictException("record.duplicate",
                    Messages.text("sessions.refusal.duplicate"),
                    Map.of("existingId", existing));
        });
        // Observations out of the registrant's limits, no consent today or a red flag stop the session before it
        // starts:
        // a task that asks for observations is recorded as done only with that day's passing checklist.
        // (After the repeat check, so a retry of a saved record still finds the record it repeats.)
        checks.requirePassing(user, delegation, command.performedOn(), command.preSessionCheckId());
        repository.insert(record, content);
        if (command.preSessionCheckId() != null) {
            checks.useFor(user, command.preSessionCheckId(), record.id());
        }
        SessionMeasured measured = new SessionMeasured(user, record.id(), delegation.id(), delegation.delegatorId(),
                delegation.patient().id(), delegation.patient().dateOfBirth(), command.performedOn(),
                command.painBefore(), command.painAfter(), command.tugSeconds(),
                command.chairStandCount());
        if (measured.hasMeasures()) {
            events.publishEvent(measured);
        }
        List<Escalation> raised = command.escalation() == null || command.escalation().isBlank()
                ? List.of()
                : List.of(escalations.raise(user, delegation, record.id(), command.escalation()));
        // Everything the view needs is already in hand: no second round of lookups on the busiest write.
        return SessionRecordViews.of(record,
                new DelegatedTasks.TaskSummary(delegation.taskTypeName(), delegation.escalationCriteria()),
                delegation.patient(), id -> id.equals(user.staffId())
                        ? user.displayName()
                        : id.equals(delegation.delegatorId()) ? delegation.delegatorName() : "Unknown",
                goals, raised, command.preSessionCheckId());
    }

    /**
     * The author changes their draft before signing it, from the version they read. Readings that changed correct the
     * measure results they became and are checked against the stop criteria again; the delegation and day stay.
     */
    @Transactional
    public SessionRecordView edit(CurrentUser user, UUID id, SessionRecordChanges changes) {
        SessionRecord record = require(user, id);
        record.requireEditableBy(user.staffId(), changes.version());
        access.check(user, record.patientId(), PatientAction.EDIT_DRAFT_RECORD, id);
        SessionRecordContents.requireGoalsOfThisPatient(contents.goalsOf(user, record.patientId()),
                changes.goalProgress());
        DelegationView delegation = delegations.view(user, record.delegationId());
        List<NewSessionRecord.Activity> activities = contents.withPrescriptions(user, delegation, changes.activities());
        SessionRecord changed = new SessionRecord(record.id(), record.organisationId(), record.delegationId(),
                record.patientId(), record.authorId(), record.authorBand(), record.reviewerId(), record.performedOn(),
                record.recordedAt(), changes.patientResponse().strip(), changes.painBefore(), changes.painAfter(),
                changes.tugSeconds(), changes.chairStandCount(), Text.blankToNull(changes.note()), record.status(),
                record.requiresCountersign(), null, record.version(), activities,
                SessionRecordContents.progressOf(changes.goalProgress()),
                null, List.of());
        String content = RepeatedRecords.contentOf(record.delegationId(), record.performedOn(), changes.activities(),
                changes.patientResponse(), changes.painBefore(), changes.painAfter(), changes.tugSeconds(),
                changes.chairStandCount(), changes.goalProgress(), changes.note(), null);
        if (!repository.updateDraft(changed, changes.version(), content)) {
            throw SessionRecord.changedMeanwhile();
        }
        SessionRemeasured remeasured = new SessionRemeasured(user, id, record.delegationId(), record.patientId(),
                record.performedOn(), new SessionRemeasured.Readings(record.painBefore(), record.painAfter(),
                        record.tugSeconds(), record.chairStandCount()),
                new SessionRemeasured.Readings(changes.painBefore(), changes.painAfter(), changes.tugSeconds(),
                        changes.chairStandCount()));
        if (remeasured.changesAnything()) {
            events.publishEvent(remeasured);
        }
        return views.of(user.organisationId(), List.of(require(user, id))).getFirst();
    }

    @Transactional
    public SessionRecordView sign(CurrentUser user, UUID id) {
        SessionRecord record = require(user, id);
        SessionRecord signed = record.sign(user.staffId(), clock.instant());
        if (!repository.markSigned(signed)) {
            throw SessionRecord.alreadySigned();
        }
        access.check(user, record.patientId(), PatientAction.SIGN_RECORD, id);
        return views.of(user.organisationId(), List.of(require(user, id))).getFirst();
    }

    @Transactional
    public SessionRecordView amend(CurrentUser user, UUID id, String reason, String text) {
        Map<String, String> errors = new HashMap<>();
        if (reason == null || reason.isBlank()) {
            errors.put("reason", Messages.text("sessions.refusal.amend-reason.blank"));
        }
        if (text == null || text.isBlank()) {
            errors.put("text", Messages.text("sessions.refusal.amend-text.blank"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        SessionRecord record = require(user, id);
        if (!record.authorId().equals(user.staffId()) && !user.isRegistrant()) {
            throw new NotAllowedException("record.amend-not-allowed",
                    Messages.text("sessions.refusal.amend-not-allowed"));
        }
        record.requireAmendable();
        access.check(user, record.patientId(), PatientAction.AMEND_RECORD, id);
        repository.insertAmendment(user.organisationId(), id,
                new SessionRecord.Amendment(Ids.newId(), user.staffId(), clock.instant(), limit(reason.strip(), 500),
                        limit(text.strip(), 4000)));
        return views.of(user.organisationId(), List.of(require(user, id))).getFirst();
    }

    @Transactional
    public SessionRecordView countersign(CurrentUser user, UUID id, String note) {
        SessionRecord record = require(user, id);
        StaffMember me = staff.require(user.organisationId(), user.staffId());
        record.requireCountersignableBy(user.staffId(), me.isRegistrant());
        access.check(user, record.patientId(), PatientAction.COUNTERSIGN_RECORD, id);
        try {
            repository.insertCountersignature(user.organisationId(), id,
                    new SessionRecord.Countersignature(user.staffId(), clock.instant(), Text.blankToNull(note)));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("record.already-countersigned",
                    Messages.text("sessions.refusal.countersigned-first"));
        }
        return views.of(user.organisationId(), List.of(require(user, id))).getFirst();
    }

    @Transactional
    public SessionRecordView open(CurrentUser user, UUID id) {
        SessionRecord record = require(user, id);
        access.check(user, record.patientId(), PatientAction.VIEW_RECORD, id);
        return views.of(user.organisationId(), List.of(record)).getFirst();
    }

    /** Records of a patient, newest first; the caller has already checked access to the patient. */
    @Transactional(readOnly = true)
    public List<SessionRecordView> forPatient(UUID organisationId, UUID patientId) {
        return views.of(organisationId, repository.list("r.organisation_id = ? and r.patient_id = ? "
                + "order by r.performed_on desc, r.recorded_at desc", organisationId, patientId));
    }

    /**
     * A patient's records by their latest event (recorded, countersigned or amended), newest first, at most
     * {@code limit}; access already checked.
     */
    @Transactional(readOnly = true)
    public List<SessionRecordView> newestForPatient(UUID organisationId, UUID patientId, int limit) {
        return views.of(organisationId,
                repository.list("r.organisation_id = ? and r.patient_id = ? order by greatest(r.recorded_at, "
                        + "coalesce(c.countersigned_at, r.recorded_at), coalesce((select max(a.created_at) from session_amendment a "
                        + "where a.session_record_id = r.id), r.recorded_at)) desc, r.id desc limit ?", organisationId,
                        patientId, limit));
    }

    /** A patient's records, latest session first, a page at a time; access already checked. */
    @Transactional(readOnly = true)
    public Page<SessionRecordView> forPatient(UUID organisationId, UUID patientId, PageRequest page) {
        Page<SessionRecord> found = repository.page(page, "r.organisation_id = ? and r.patient_id = ?",
                "r.performed_on desc, r.recorded_at desc, r.id desc", organisationId, patientId);
        return new Page<>(views.of(organisationId, found.items()), found.page(), found.size(), found.hasMore(),
                found.total());
    }

    /** Signed records waiting for this registrant's countersignature; the caller audits the patients shown. */
    @Transactional(readOnly = true)
    public Page<SessionRecordView> awaitingCountersignBy(UUID organisationId, UUID reviewerId, PageRequest page) {
        Page<SessionRecord> found = repository.page(page,
                "r.organisation_id = ? and r.reviewer_id = ? and r.status = 'SIGNED' "
                        + "and r.requires_countersign = true and c.session_record_id is null",
                "r.signed_at, r.id",
                organisationId, reviewerId);
        return new Page<>(views.of(organisationId, found.items()), found.page(), found.size(), found.hasMore(),
                found.total());
    }

    private SessionRecord require(CurrentUser user, UUID id) {
        return repository.find(user.organisationId(), id)
                .orElseThrow(
                        () -> new NotFoundException("record.not-found", Messages.text("sessions.refusal.not-found")));
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
