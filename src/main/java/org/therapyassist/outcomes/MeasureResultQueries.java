package org.therapyassist.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.outcomes.ChairStandNorms.NormGroup;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/**
 * Reads measure results: the rows, their items, the measure's name and codes from the catalogue and who recorded each
 * from the staff directory, in a fixed number of queries per list. Callers check access and hold the transaction.
 */
@Component
class MeasureResultQueries {

    /** Leaves out results a correction has replaced: lists and charts show only what stands now. */
    static final String CURRENT = " and not exists (select 1 from measure_result n where n.replaces_id = r.id)";

    private final JdbcClient jdbc;
    private final MeasureCatalogue catalogue;
    private final StaffDirectory staff;

    MeasureResultQueries(JdbcClient jdbc, MeasureCatalogue catalogue, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.staff = staff;
    }

    /** One page of the results matching {@code where}, in {@code order} (which must end with a unique column). */
    Page<MeasureResult> page(PageRequest page, String where, String order, Object... params) {
        long total = jdbc.sql("select count(*) from measure_result r where " + where).params(params).query(Long.class)
                .single();
        Object[] withPage = Arrays.copyOf(params, params.length + 2);
        withPage[params.length] = page.size();
        withPage[params.length + 1] = page.offset();
        return page.of(total, () -> list(where + " order by " + order + " limit ? offset ?", withPage));
    }

    /** The patient's latest current pain score other than result {@code except}, if any (for the stop criteria). */
    Integer previousPain(UUID org, UUID patientId, UUID except) {
        return jdbc.sql("select r.score from measure_result r where r.organisation_id = ? and r.patient_id = ? "
                + "and r.measure_key = ? and r.id <> ?" + CURRENT + " order by r.effective_on desc, r.recorded_at desc")
                .params(org, patientId, MeasureLibrary.PAIN, except).query(BigDecimal.class).list().stream()
                .findFirst().map(BigDecimal::intValue).orElse(null);
    }

    /** The norm group last recorded for the patient, so a chair stand from a session is scored as before. */
    NormGroup lastNormGroup(UUID org, UUID patientId) {
        return jdbc.sql("select r.norm_sex from measure_result r where r.organisation_id = ? and r.patient_id = ? "
                + "and r.norm_sex is not null order by r.recorded_at desc")
                .params(org, patientId).query(String.class).list().stream().findFirst().map(NormGroup::valueOf)
                .orElse(null);
    }

    /** The current result a session's reading became (the measure, and its note for pain before or after), if any. */
    Optional<UUID> currentFromSession(UUID org, UUID sessionRecordId, String key, String note) {
        return jdbc.sql("select r.id from measure_result r where r.organisation_id = ? "
                + "and r.session_record_id = ? and r.measure_key = ? and coalesce(r.note, '') = ?" + CURRENT
                + " order by r.recorded_at desc limit 1")
                .params(org, sessionRecordId, key, note == null ? "" : note)
                .query(UUID.class).optional();
    }

    /**
     * Results matching {@code where} (a condition on r, with its order and limit if any), named and with their items.
     */
    /** The latest {@code count} current results of one measure, oldest first. */
    List<MeasureResult> latestOf(UUID organisationId, UUID patientId, String measureKey, int count) {
        List<MeasureResult> newestFirst = list(
                "r.organisation_id = ? and r.patient_id = ? and r.measure_key = ?" + CURRENT
                        + " order by r.effective_on desc, r.recorded_at desc, r.id desc limit ?",
                organisationId, patientId, measureKey, count);
        List<MeasureResult> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** The first current result of one measure (the baseline), if any. */
    Optional<MeasureResult> firstOf(UUID organisationId, UUID patientId, String measureKey) {
        return list("r.organisation_id = ? and r.patient_id = ? and r.measure_key = ?" + CURRENT
                + " order by r.effective_on, r.recorded_at, r.id limit 1", organisationId, patientId, measureKey)
                .stream().findFirst();
    }

    /** How many current results the patient has of each measure, in the order first used. */
    Map<String, Long> countsByMeasure(UUID organisationId, UUID patientId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(
                "select r.measure_key, count(*), min(r.effective_on) from measure_result r where r.organisation_id = ? "
                        + "and r.patient_id = ?" + CURRENT
                        + " group by r.measure_key order by min(r.effective_on), r.measure_key")
                .params(organisationId, patientId)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    long count(UUID organisationId, UUID patientId) {
        return jdbc
                .sql("select count(*) from measure_result r where r.organisation_id = ? and r.patient_id = ?" + CURRENT)
                .params(organisationId, patientId).query(Long.class).single();
    }

    List<MeasureResult> list(String where, Object... params) {
        record Row(UUID id, UUID org, UUID patientId, UUID episodeId, UUID delegationId, UUID sessionRecordId,
                String key,
                BigDecimal score, String unit, String interpretation, String tone, String normSex,
                LocalDate effectiveOn,
                UUID performerId, int band, OffsetDateTime recordedAt, String note, UUID replacesId, String reason) {
        }
        List<Row> rows = jdbc.sql("select r.* from measure_result r where " + where).params(params)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                        rs.getObject("patient_id", UUID.class), rs.getObject("episode_id", UUID.class),
                        rs.getObject("delegation_id", UUID.class), rs.getObject("session_record_id", UUID.class),
                        rs.getString("measure_key"), rs.getBigDecimal("score"), rs.getString("unit"),
                        rs.getString("interpretation"), rs.getString("tone"), rs.getString("norm_sex"),
                        rs.getObject("effective_on", LocalDate.class), rs.getObject("performer_id", UUID.class),
                        rs.getInt("performer_band"), rs.getObject("recorded_at", OffsetDateTime.class),
                        rs.getString("note"),
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
                                .add(new MeasureResult.Component(rs.getString(2), rs.getString(3),
                                        rs.getBigDecimal(4)));
                    });
        }
        Set<UUID> people = new HashSet<>();
        rows.forEach(r -> people.add(r.performerId()));
        Map<UUID, StaffMember> names = staff.byIds(org, people);
        Map<String, Measure> measures = new HashMap<>();
        return rows.stream().map(r -> {
            Measure m = measures.computeIfAbsent(r.key(), k -> catalogue.find(org, k).orElse(null));
            StaffMember who = names.get(r.performerId());
            return new MeasureResult(r.id(), r.patientId(), r.episodeId(), r.delegationId(), r.sessionRecordId(),
                    r.key(),
                    m == null ? r.key() : m.name(), m == null ? null : m.codeSystem(), m == null ? null : m.code(),
                    m == null ? null : m.codeDisplay(),
                    m == null ? r.score() : r.score().setScale(m.scoreDecimals(), RoundingMode.HALF_UP), r.unit(),
                    r.interpretation(), r.tone(), r.normSex(),
                    r.effectiveOn(), r.performerId(),
                    who == null ? Messages.text("outcomes.unknown") : who.displayName(), r.band(),
                    who != null && !who.isRegistrant(), r.recordedAt().toInstant(), r.note(),
                    List.copyOf(items.getOrDefault(r.id(), List.of())), r.replacesId(), r.reason());
        }).toList();
    }
}
