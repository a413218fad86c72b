package org.therapyassist.outcomes;

import io.swagger.v3.oas.annotations.media.Schema;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Page;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.outcomes.ChairStandNorms.NormGroup;
import org.therapyassist.outcomes.MeasureScoring.Context;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/**
 * Recording measure results. The score is always worked out here from the item values ({@link MeasureScoring}) and
 * stored with them; nothing else writes a score. A result is never edited: a correction is a new result that names
 * the one it replaces, and lists show only results that have not been replaced.
 */
@Service
public class MeasureResults {

    private static final String CURRENT = " and not exists (select 1 from measure_result n where n.replaces_id = r.id)";

    private final JdbcClient jdbc;
    private final MeasureCatalogue catalogue;
    private final PatientRecords patients;
    private final PatientAccess access;
    private final CarePlans carePlans;
    private final DelegationDesk delegations;
    private final StaffDirectory staff;
    private final StopCriteria stopCriteria;
    private final Clock clock;

    private final CommandGuard guard;

    MeasureResults(JdbcClient jdbc, MeasureCatalogue catalogue, PatientRecords patients, PatientAccess access,
            CarePlans carePlans, DelegationDesk delegations, StaffDirectory staff, StopCriteria stopCriteria, CommandGuard guard,
            Clock clock) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.patients = patients;
        this.access = access;
        this.carePlans = carePlans;
        this.delegations = delegations;
        this.staff = staff;
        this.stopCriteria = stopCriteria;
        this.clock = clock;
    }

    /**
     * @param items      one value per item in the measure's order (null for an item not entered, PSFS only)
     * @param itemLabels the patient's own activity names for the Patient-Specific Functional Scale, else ignored
     */
    @Schema(name = "NewMeasureResult")
    public record NewResult(
            @NotBlank(message = "Choose the measure")
            @Schema(description = "A measure key from GET /api/v1/measures: a built-in key such as TUG, or a service's own measure's id")
            String measureKey,
            UUID episodeId,
            UUID delegationId,
            @NotNull(message = "Enter the date the measure was taken") LocalDate effectiveOn,
            List<BigDecimal> items,
            List<String> itemLabels,
            NormGroup normGroup,
            @Size(max = 1000, message = "Note must be 1000 characters or fewer") String note) {

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
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", "Enter why the result is being corrected"));
        }
        if (reason.strip().length() > 500) {
            throw new InvalidInputException(Map.of("reason", "Reason must be 500 characters or fewer"));
        }
        if (!old.measureKey().equals(command.measureKey())) {
            throw new InvalidInputException(Map.of("measureKey", "A correction must be for the same measure"));
        }
        if (!user.isRegistrant() && !old.performerId().equals(user.staffId())) {
            throw new NotAllowedException("measure.correct-not-allowed",
                    "Only the person who recorded the result or a registered therapist can correct it.");
        }
        NewResult same = new NewResult(command.measureKey(), old.episodeId(), old.delegationId(), command.effectiveOn(),
                command.items(), command.itemLabels(), command.normGroup(), command.note());
        return insert(user, old.patientId(), same, old.sessionRecordId(), old.id(), reason.strip(), false);
    }

    /** Values from a session record, kept as results with the session as their source (no second entry). */
    @Transactional
    public List<MeasureResult> fromSession(CurrentUser user, UUID patientId, UUID delegationId, UUID sessionRecordId,
            LocalDate on, Integer painBefore, Integer painAfter, BigDecimal tug, Integer chairStands) {
        List<MeasureResult> out = new ArrayList<>();
        if (painBefore != null) {
            out.add(insert(user, patientId, new NewResult(MeasureLibrary.PAIN, null, delegationId, on,
                    List.of(BigDecimal.valueOf(painBefore)), null, null, "Before the session"), sessionRecordId, null, null, false));
        }
        if (painAfter != null) {
            out.add(insert(user, patientId, new NewResult(MeasureLibrary.PAIN, null, delegationId, on,
                    List.of(BigDecimal.valueOf(painAfter)), null, null, "After the session"), sessionRecordId, null, null, false));
        }
        if (tug != null) {
            out.add(insert(user, patientId, new NewResult(MeasureLibrary.TUG, null, delegationId, on,
                    List.of(tug.setScale(1, java.math.RoundingMode.HALF_UP)), null,
                    null, null), sessionRecordId, null, null, false));
        }
        if (chairStands != null) {
            out.add(insert(user, patientId, new NewResult(MeasureLibrary.CHAIR_STAND, null, delegationId, on,
                    List.of(BigDecimal.valueOf(chairStands)), null, lastNormGroup(user.organisationId(), patientId), null),
                    sessionRecordId, null, null, false));
        }
        return out;
    }

    /**
     * A draft session record's readings changed before it was signed: each changed reading corrects the result it
     * became (the first stays in the record beside the correction), a new one is added, and one already in the chart
     * cannot be taken away by clearing the box.
     */
    @Transactional
    public List<MeasureResult> reviseFromSession(CurrentUser user, org.therapyassist.sessions.SessionRemeasured change) {
        var before = change.before();
        var after = change.after();
        List<MeasureResult> out = new ArrayList<>();
        reviseOne(user, change, "painBefore", MeasureLibrary.PAIN, "Before the session", number(before.painBefore()),
                number(after.painBefore()), out);
        reviseOne(user, change, "painAfter", MeasureLibrary.PAIN, "After the session", number(before.painAfter()),
                number(after.painAfter()), out);
        reviseOne(user, change, "tugSeconds", MeasureLibrary.TUG, null,
                before.tugSeconds() == null ? null : before.tugSeconds().setScale(1, java.math.RoundingMode.HALF_UP),
                after.tugSeconds() == null ? null : after.tugSeconds().setScale(1, java.math.RoundingMode.HALF_UP), out);
        reviseOne(user, change, "chairStandCount", MeasureLibrary.CHAIR_STAND, null, number(before.chairStandCount()),
                number(after.chairStandCount()), out);
        return out;
    }

    private void reviseOne(CurrentUser user, org.therapyassist.sessions.SessionRemeasured change, String field, String key,
            String note, BigDecimal was, BigDecimal now, List<MeasureResult> out) {
        if (was == null ? now == null : now != null && was.compareTo(now) == 0) {
            return;
        }
        if (now == null) {
            throw new InvalidInputException(Map.of(field, "This reading is already in the patient's chart. Enter the "
                    + "right value instead of removing it"));
        }
        NormGroup norms = key.equals(MeasureLibrary.CHAIR_STAND) ? lastNormGroup(user.organisationId(), change.patientId()) : null;
        NewResult result = new NewResult(key, null, change.delegationId(), change.performedOn(), List.of(now), null, norms, note);
        UUID earlier = was == null ? null : jdbc.sql("select r.id from measure_result r where r.organisation_id = ? "
                        + "and r.session_record_id = ? and r.measure_key = ? and coalesce(r.note, '') = ?" + CURRENT
                        + " order by r.recorded_at desc limit 1")
                .params(user.organisationId(), change.sessionRecordId(), key, note == null ? "" : note)
                .query(UUID.class).optional().orElse(null);
        out.add(insert(user, change.patientId(), result, change.sessionRecordId(), earlier,
                earlier == null ? null : "Changed on the draft session record before it was signed", false));
    }

    private static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private MeasureResult insert(CurrentUser user, UUID patientId, NewResult command, UUID sessionRecordId, UUID replaces,
            String correctionReason, boolean checkStops) {
        // Whoever records a measure (directly, on a session record or on a group register) must be allowed that measure:
        // a support worker needs its stage and an in-date sign-off (a Berg from the senior stage, a TUG with 3.07).
        guard.check(user, replaces == null ? Command.RECORD_MEASURE : Command.CORRECT_MEASURE, command.measureKey());
        Patient patient = patients.require(user.organisationId(), patientId);
        Measure measure = catalogue.find(user.organisationId(), command.measureKey())
                .orElseThrow(() -> new InvalidInputException(Map.of("measureKey", "Choose one of the service's measures")));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = Time.today(clock);
        if (command.effectiveOn().isAfter(today)) {
            errors.put("effectiveOn", "The date the measure was taken cannot be in the future");
        } else if (command.effectiveOn().isBefore(patient.dateOfBirth())) {
            errors.put("effectiveOn", "The date the measure was taken cannot be before the patient was born");
        }
        if (command.episodeId() != null && !patientId.equals(episodePatient(user, command.episodeId()))) {
            errors.put("episodeId", "Choose one of this patient's episodes of care");
        }
        DelegationView delegation = null;
        if (command.delegationId() != null) {
            delegation = delegations.view(user, command.delegationId());
            if (!delegation.patient().id().equals(patientId)) {
                errors.put("delegationId", "Choose a delegation for this patient");
            }
        }
        if (measure.variableItems()) {
            for (int i = 0; i < command.items().size(); i++) {
                if (command.items().get(i) != null && label(command.itemLabels(), i) == null) {
                    errors.put("itemLabels[" + i + "]", "Name the activity being rated");
                }
            }
        }
        errors.putAll(MeasureScoring.check(measure, command.items()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Context context = new Context(patient.ageOn(command.effectiveOn()), command.normGroup());
        Score score = MeasureScoring.score(measure, command.items(), context);
        UUID id = Ids.newId();
        try {
            jdbc.sql("insert into measure_result (id, organisation_id, patient_id, episode_id, delegation_id, delegated_by, "
                            + "session_record_id, measure_key, score, unit, interpretation, tone, norm_sex, effective_on, "
                            + "performer_id, performer_band, recorded_at, note, replaces_id, correction_reason) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, user.organisationId(), patientId, command.episodeId(), command.delegationId(),
                            delegation == null ? null : delegation.delegatorId(), sessionRecordId,
                            measure.key(), score.value(), measure.unit(), score.interpretation(),
                            score.tone() == null ? null : score.tone().name(),
                            command.normGroup() == null ? null : command.normGroup().name(), command.effectiveOn(),
                            user.staffId(), user.band(), Time.db(clock.instant()), Text.blankToNull(command.note()), replaces,
                            correctionReason)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("measure.already-corrected",
                    "Someone has already corrected this result; open the newer result instead.");
        }
        int position = 0;
        for (int i = 0; i < measure.items().size(); i++) {
            BigDecimal v = i < command.items().size() ? command.items().get(i) : null;
            if (v == null) {
                continue;
            }
            Measure.Item item = measure.items().get(i);
            String itemLabel = measure.variableItems() ? label(command.itemLabels(), i) : item.label();
            jdbc.sql("insert into measure_result_item (result_id, position, item_key, label, item_value) values (?, ?, ?, ?, ?)")
                    .params(id, ++position, item.key(), itemLabel, v).update();
        }
        access.check(user, patientId, replaces == null ? PatientAction.RECORD_MEASURE : PatientAction.CORRECT_MEASURE, id);
        MeasureResult saved = require(user.organisationId(), id);
        if (checkStops && delegation != null && delegation.workerId().equals(user.staffId())) {
            stopCriteria.checkMeasure(user, delegation.id(), saved, previousPain(user.organisationId(), patientId, id));
        }
        return saved;
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
        String where = "r.organisation_id = ? and r.patient_id = ?" + (measureKey == null ? "" : " and r.measure_key = ?") + CURRENT;
        Object[] params = measureKey == null ? new Object[] {user.organisationId(), patientId}
                : new Object[] {user.organisationId(), patientId, measureKey};
        return page(page, where, "r.effective_on, r.recorded_at, r.id", params);
    }

    /** The latest {@code count} current results of one measure, oldest first: what a chart plots. */
    @Transactional(readOnly = true)
    public List<MeasureResult> latestOf(UUID organisationId, UUID patientId, String measureKey, int count) {
        List<MeasureResult> newestFirst = list("r.organisation_id = ? and r.patient_id = ? and r.measure_key = ?" + CURRENT
                + " order by r.effective_on desc, r.recorded_at desc, r.id desc limit ?", organisationId, patientId, measureKey, count);
        List<MeasureResult> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** The first current result of one measure (the baseline), if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<MeasureResult> firstOf(UUID organisationId, UUID patientId, String measureKey) {
        return list("r.organisation_id = ? and r.patient_id = ? and r.measure_key = ?" + CURRENT
                + " order by r.effective_on, r.recorded_at, r.id limit 1", organisationId, patientId, measureKey).stream().findFirst();
    }

    /** Which measures the patient has current results for, with how many of each, in the order first used. */
    @Transactional(readOnly = true)
    public Map<String, Long> measuresOf(UUID organisationId, UUID patientId) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("select r.measure_key, count(*), min(r.effective_on) from measure_result r where r.organisation_id = ? "
                        + "and r.patient_id = ?" + CURRENT + " group by r.measure_key order by min(r.effective_on), r.measure_key")
                .params(organisationId, patientId)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** The newest {@code count} current results by when they were recorded (for the patient's timeline). */
    @Transactional(readOnly = true)
    public List<MeasureResult> newestRecorded(UUID organisationId, UUID patientId, int count) {
        return list("r.organisation_id = ? and r.patient_id = ?" + CURRENT + " order by r.recorded_at desc, r.id desc limit ?",
                organisationId, patientId, count);
    }

    @Transactional(readOnly = true)
    public long countForPatient(UUID organisationId, UUID patientId) {
        return jdbc.sql("select count(*) from measure_result r where r.organisation_id = ? and r.patient_id = ?" + CURRENT)
                .params(organisationId, patientId).query(Long.class).single();
    }

    private Page<MeasureResult> page(PageRequest page, String where, String order, Object... params) {
        long total = jdbc.sql("select count(*) from measure_result r where " + where).params(params).query(Long.class).single();
        Object[] withPage = java.util.Arrays.copyOf(params, params.length + 2);
        withPage[params.length] = page.size();
        withPage[params.length + 1] = page.offset();
        return page.of(total, () -> list(where + " order by " + order + " limit ? offset ?", withPage));
    }

    /** A patient's current results (replaced ones left out), oldest first; the caller has checked access. */
    @Transactional(readOnly = true)
    public List<MeasureResult> forPatient(UUID organisationId, UUID patientId) {
        return list("r.organisation_id = ? and r.patient_id = ?" + CURRENT + " order by r.effective_on, r.recorded_at",
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
        return list("r.organisation_id = ? and r.patient_id = ? order by r.recorded_at", organisationId, patientId);
    }

    /** Results support workers recorded on this registrant's delegations in the last days, newest first; audited. */
    @Transactional
    public Page<MeasureResult> fromDelegatedWork(CurrentUser user, int days, PageRequest page) {
        Page<MeasureResult> results = page(page, "r.organisation_id = ? and r.delegated_by = ? and r.performer_id <> ? "
                        + "and r.effective_on >= ?" + CURRENT, "r.effective_on desc, r.recorded_at desc, r.id desc",
                user.organisationId(), user.staffId(), user.staffId(), Time.today(clock).minusDays(days));
        access.checkAll(user, results.items().stream().map(MeasureResult::patientId).toList(), PatientAction.VIEW_WORKLIST);
        return results;
    }

    MeasureResult require(UUID org, UUID id) {
        return list("r.organisation_id = ? and r.id = ?", org, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("measure.result-not-found", "There is no such measure result."));
    }

    private UUID episodePatient(CurrentUser user, UUID episodeId) {
        try {
            return carePlans.require(user.organisationId(), episodeId).patientId();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private Integer previousPain(UUID org, UUID patientId, UUID except) {
        return jdbc.sql("select r.score from measure_result r where r.organisation_id = ? and r.patient_id = ? "
                        + "and r.measure_key = ? and r.id <> ?" + CURRENT + " order by r.effective_on desc, r.recorded_at desc")
                .params(org, patientId, MeasureLibrary.PAIN, except).query(BigDecimal.class).list().stream()
                .findFirst().map(BigDecimal::intValue).orElse(null);
    }

    private NormGroup lastNormGroup(UUID org, UUID patientId) {
        return jdbc.sql("select r.norm_sex from measure_result r where r.organisation_id = ? and r.patient_id = ? "
                        + "and r.norm_sex is not null order by r.recorded_at desc")
                .params(org, patientId).query(String.class).list().stream().findFirst().map(NormGroup::valueOf).orElse(null);
    }

    private static String label(List<String> labels, int i) {
        String l = i < labels.size() ? labels.get(i) : null;
        return l == null || l.isBlank() ? null : (l.strip().length() > 200 ? l.strip().substring(0, 200) : l.strip());
    }

    private List<MeasureResult> list(String where, Object... params) {
        record Row(UUID id, UUID org, UUID patientId, UUID episodeId, UUID delegationId, UUID sessionRecordId, String key,
                BigDecimal score, String unit, String interpretation, String tone, String normSex, LocalDate effectiveOn,
                UUID performerId, int band, OffsetDateTime recordedAt, String note, UUID replacesId, String reason) {
        }
        List<Row> rows = jdbc.sql("select r.* from measure_result r where " + where).params(params)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                        rs.getObject("patient_id", UUID.class), rs.getObject("episode_id", UUID.class),
                        rs.getObject("delegation_id", UUID.class), rs.getObject("session_record_id", UUID.class),
                        rs.getString("measure_key"), rs.getBigDecimal("score"), rs.getString("unit"),
                        rs.getString("interpretation"), rs.getString("tone"), rs.getString("norm_sex"),
                        rs.getObject("effective_on", LocalDate.class), rs.getObject("performer_id", UUID.class),
                        rs.getInt("performer_band"), rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("note"),
                        rs.getObject("replaces_id", UUID.class), rs.getString("correction_reason")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID org = rows.getFirst().org();
        Map<UUID, List<MeasureResult.Component>> items = new HashMap<>();
        List<UUID> ids = rows.stream().map(Row::id).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("select result_id, item_key, label, item_value from measure_result_item where result_id in (:ids) "
                            + "order by result_id, position")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query(rs -> {
                        items.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                                .add(new MeasureResult.Component(rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
                    });
        }
        Set<UUID> people = new HashSet<>();
        rows.forEach(r -> people.add(r.performerId()));
        Map<UUID, StaffMember> names = staff.byIds(org, people);
        Map<String, Measure> measures = new HashMap<>();
        return rows.stream().map(r -> {
            Measure m = measures.computeIfAbsent(r.key(), k -> catalogue.find(org, k).orElse(null));
            StaffMember who = names.get(r.performerId());
            return new MeasureResult(r.id(), r.patientId(), r.episodeId(), r.delegationId(), r.sessionRecordId(), r.key(),
                    m == null ? r.key() : m.name(), m == null ? null : m.codeSystem(), m == null ? null : m.code(),
                    m == null ? null : m.codeDisplay(),
                    m == null ? r.score() : r.score().setScale(m.scoreDecimals(), java.math.RoundingMode.HALF_UP), r.unit(), r.interpretation(), r.tone(), r.normSex(),
                    r.effectiveOn(), r.performerId(), who == null ? "Unknown" : who.displayName(), r.band(),
                    who != null && !who.isRegistrant(), r.recordedAt().toInstant(), r.note(),
                    List.copyOf(items.getOrDefault(r.id(), List.of())), r.replacesId(), r.reason());
        }).toList();
    }
}
