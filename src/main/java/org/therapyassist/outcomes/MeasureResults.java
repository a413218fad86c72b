package org.therapyassist.outcomes;

import static org.therapyassist.outcomes.MeasureResultQueries.CURRENT;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.outcomes.ChairStandNorms.NormGroup;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;

/**
 * Recording measure results. The score is always worked out here from the item values ({@link MeasureScoring}) and
 * stored with them; nothing else writes a score. A result is never edited: a correction is a new result that names
 * the one it replaces, and lists show only results that have not been replaced.
 */
@Service
public class MeasureResults {

    private final MeasureCatalogue catalogue;
    private final PatientRecords patients;
    private final PatientAccess access;
    private final CarePlans carePlans;
    private final DelegationDesk delegations;
    private final MeasureResultQueries queries;
    private final StopCriteria stopCriteria;
    private final Clock clock;

    private final CommandGuard guard;
    private final ResultRows rows;

    MeasureResults(MeasureCatalogue catalogue, PatientRecords patients, PatientAccess access,
            CarePlans carePlans, DelegationDesk delegations, MeasureResultQueries queries, StopCriteria stopCriteria,
            CommandGuard guard, ResultRows rows, Clock clock) {
        this.guard = guard;
        this.rows = rows;
        this.catalogue = catalogue;
        this.patients = patients;
        this.access = access;
        this.carePlans = carePlans;
        this.delegations = delegations;
        this.queries = queries;
        this.stopCriteria = stopCriteria;
        this.clock = clock;
    }

    /**
     * @param items
     *            one value per item in the measure's order (null for an item not entered, PSFS only)
     * @param itemLabels
     *            the patient's own activity names for the Patient-Specific Functional Scale, else ignored
     */
    @Schema(name = "NewMeasureResult")
    public record NewResult(
            @NotBlank(message = "{outcomes.api.measure-key.blank}") @Schema(description = "A measure key from GET /api/v1/measures: a built-in key such as TUG, or a service's own measure's id") String measureKey,
            UUID episodeId,
            UUID delegationId,
            @NotNull(message = "{outcomes.field.effective-on.null}") LocalDate effectiveOn,
            List<BigDecimal> items,
            List<String> itemLabels,
            NormGroup normGroup,
            @Size(max = 1000, message = "{outcomes.field.note.size}") String note) {

        public NewResult {
            items = items == null ? List.of() : new ArrayList<>(items);
            itemLabels = itemLabels == null ? List.of() : new ArrayList<>(itemLabels);
        }
    }

    @Transactional
    public MeasureResult record(CurrentUser user, UUID patientId, NewResult command) {
        return insert(user, patientId, command, null, null, null, true);
    }

    /** A correction: a new result replacing an earlier one, with the reason; the earlier one stays in the record. */
    @Transactional
    public MeasureResult correct(CurrentUser user, UUID resultId, String reason, NewResult command) {
        MeasureResult old = require(user.organisationId(), resultId);
        MeasureResultRules.requireCorrectable(user, reason, old.measureKey(), old.performerId(), command.measureKey());
        NewResult same = new NewResult(command.measureKey(), old.episodeId(), old.delegationId(), command.effectiveOn(),
                command.items(), command.itemLabels(), command.normGroup(), command.note());
        return insert(user, old.patientId(), same, old.sessionRecordId(), old.id(), reason.strip(), false);
    }

    /** Records one result, reading and checking the patient, the episode and the delegation it names. */
    MeasureResult insert(CurrentUser user, UUID patientId, NewResult command, UUID sessionRecordId, UUID replaces,
            String correctionReason, boolean checkStops) {
        // Whoever records a measure (directly, on a session record or on a group register) must be allowed that
        // measure:
        // a support worker needs its stage and an in-date sign-off (a Berg from the senior stage, a TUG with 3.07).
        guard.check(user, replaces == null ? Command.RECORD_MEASURE : Command.CORRECT_MEASURE, command.measureKey());
        Patient patient = patients.require(user.organisationId(), patientId);
        Measure measure = measureOf(user, command);
        Map<String, String> errors = new LinkedHashMap<>();
        MeasureResultRules.takenOnProblem(command.effectiveOn(), Time.today(clock), patient.dateOfBirth())
                .ifPresent(problem -> errors.put("effectiveOn", problem));
        if (command.episodeId() != null && !patientId.equals(episodePatient(user, command.episodeId()))) {
            errors.put("episodeId", Messages.text("outcomes.field.episode.other"));
        }
        DelegationView delegation = null;
        if (command.delegationId() != null) {
            delegation = delegations.view(user, command.delegationId());
            if (!delegation.patient().id().equals(patientId)) {
                errors.put("delegationId", Messages.text("outcomes.field.delegation.other"));
            }
        }
        errors.putAll(MeasureResultRules.unnamedActivities(measure, command.items(), command.itemLabels()));
        errors.putAll(MeasureScoring.check(measure, command.items()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = rows.write(user, patientId, patient.dateOfBirth(), measure, command,
                delegation == null ? null : delegation.delegatorId(), sessionRecordId, replaces, correctionReason);
        access.check(user, patientId, replaces == null ? PatientAction.RECORD_MEASURE : PatientAction.CORRECT_MEASURE,
                id);
        MeasureResult saved = require(user.organisationId(), id);
        if (checkStops && delegation != null && delegation.workerId().equals(user.staffId())) {
            stopCriteria.checkMeasure(user, delegation.id(), saved,
                    queries.previousPain(user.organisationId(), patientId, id));
        }
        return saved;
    }

    /**
     * A reading on a session record just written, kept as a result. The sessions module has read and locked the
     * delegation, read its patient and checked and audited access in this transaction, and passes what it read: reading
     * the patient and the delegation again for each reading made recording a session cost three times the statements.
     * The permission for the measure is still checked, and each result is still audited as recorded.
     */
    void insertFromSession(CurrentUser user, SessionResults.Session session, NewResult command) {
        guard.check(user, Command.RECORD_MEASURE, command.measureKey());
        Measure measure = measureOf(user, command);
        Map<String, String> errors = new LinkedHashMap<>();
        MeasureResultRules.takenOnProblem(command.effectiveOn(), Time.today(clock), session.patientBornOn())
                .ifPresent(problem -> errors.put("effectiveOn", problem));
        errors.putAll(MeasureResultRules.unnamedActivities(measure, command.items(), command.itemLabels()));
        errors.putAll(MeasureScoring.check(measure, command.items()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = rows.write(user, session.patientId(), session.patientBornOn(), measure, command,
                session.delegatedBy(),
                session.sessionRecordId(), null, null);
        access.check(user, session.patientId(), PatientAction.RECORD_MEASURE, id);
    }

    private Measure measureOf(CurrentUser user, NewResult command) {
        return catalogue.find(user.organisationId(), command.measureKey())
                .orElseThrow(
                        () -> new InvalidInputException(
                                Map.of("measureKey", Messages.text("outcomes.field.measure.other"))));
    }

    /** A result with access checked and audited. */
    @Transactional
    public MeasureResult open(CurrentUser user, UUID id) {
        MeasureResult r = require(user.organisationId(), id);
        access.check(user, r.patientId(), PatientAction.VIEW_RECORD, id);
        return r;
    }

    /**
     * A patient's current results (replaced ones left out), oldest first, optionally of one measure, a page at a time,
     * with access checked and audited (for the API).
     */
    @Transactional
    public Page<MeasureResult> openForPatient(CurrentUser user, UUID patientId, String measureKey, PageRequest page) {
        patients.require(user.organisationId(), patientId);
        access.check(user, patientId, PatientAction.VIEW_RECORD, null);
        String where = "r.organisation_id = ? and r.patient_id = ?"
                + (measureKey == null ? "" : " and r.measure_key = ?") + CURRENT;
        Object[] params = measureKey == null
                ? new Object[]{user.organisationId(), patientId}
                : new Object[]{user.organisationId(), patientId, measureKey};
        return queries.page(page, where, "r.effective_on, r.recorded_at, r.id", params);
    }

    /** The latest {@code count} current results of one measure, oldest first: what a chart plots. */
    @Transactional(readOnly = true)
    public List<MeasureResult> latestOf(UUID organisationId, UUID patientId, String measureKey, int count) {
        return queries.latestOf(organisationId, patientId, measureKey, count);
    }

    /** The first current result of one measure (the baseline), if any. */
    @Transactional(readOnly = true)
    public Optional<MeasureResult> firstOf(UUID organisationId, UUID patientId, String measureKey) {
        return queries.firstOf(organisationId, patientId, measureKey);
    }

    /** Which measures the patient has current results for, with how many of each, in the order first used. */
    @Transactional(readOnly = true)
    public Map<String, Long> measuresOf(UUID organisationId, UUID patientId) {
        return queries.countsByMeasure(organisationId, patientId);
    }

    /** The newest {@code count} current results by when they were recorded (for the patient's timeline). */
    @Transactional(readOnly = true)
    public List<MeasureResult> newestRecorded(UUID organisationId, UUID patientId, int count) {
        return queries.list(
                "r.organisation_id = ? and r.patient_id = ?" + CURRENT
                        + " order by r.recorded_at desc, r.id desc limit ?",
                organisationId, patientId, count);
    }

    @Transactional(readOnly = true)
    public long countForPatient(UUID organisationId, UUID patientId) {
        return queries.count(organisationId, patientId);
    }

    /** A patient's current results (replaced ones left out), oldest first; the caller has checked access. */
    @Transactional(readOnly = true)
    public List<MeasureResult> forPatient(UUID organisationId, UUID patientId) {
        return queries.list(
                "r.organisation_id = ? and r.patient_id = ?" + CURRENT + " order by r.effective_on, r.recorded_at",
                organisationId, patientId);
    }

    /** A patient's current results with access checked and audited (for the API). */
    @Transactional
    public List<MeasureResult> openForPatient(CurrentUser user, UUID patientId) {
        patients.require(user.organisationId(), patientId);
        access.check(user, patientId, PatientAction.VIEW_RECORD, null);
        return forPatient(user.organisationId(), patientId);
    }

    /** Every version of a result's history, including the replaced ones, oldest first. */
    @Transactional(readOnly = true)
    public List<MeasureResult> allVersionsForPatient(UUID organisationId, UUID patientId) {
        return queries.list("r.organisation_id = ? and r.patient_id = ? order by r.recorded_at", organisationId,
                patientId);
    }

    /** Results support workers recorded on this registrant's delegations in the last days, newest first; audited. */
    @Transactional
    public Page<MeasureResult> fromDelegatedWork(CurrentUser user, int days, PageRequest page) {
        Page<MeasureResult> results = queries.page(page,
                "r.organisation_id = ? and r.delegated_by = ? and r.performer_id <> ? "
                        + "and r.effective_on >= ?" + CURRENT,
                "r.effective_on desc, r.recorded_at desc, r.id desc",
                user.organisationId(), user.staffId(), user.staffId(), Time.today(clock).minusDays(days));
        access.checkAll(user, results.items().stream().map(MeasureResult::patientId).toList(),
                PatientAction.VIEW_WORKLIST);
        return results;
    }

    MeasureResult require(UUID org, UUID id) {
        return queries.list("r.organisation_id = ? and r.id = ?", org, id).stream().findFirst()
                .orElseThrow(
                        () -> new NotFoundException("measure.result-not-found",
                                Messages.text("outcomes.refusal.result-not-found")));
    }

    private UUID episodePatient(CurrentUser user, UUID episodeId) {
        try {
            return carePlans.require(user.organisationId(), episodeId).patientId();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
