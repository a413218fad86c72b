package org.therapyassist.sessions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.therapyassist.careplans.ProgrammeItems;
import org.therapyassist.delegation.SessionDrafts;
import org.therapyassist.exercises.Dose;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;

/**
 * Session records in SQL. Rows are inserted, and a draft's row is updated once, to sign it; after that only
 * amendments and a countersignature are added, in tables of their own.
 */
@Repository
class SessionRecordRepository {

    private final JdbcClient jdbc;

    private final ProgrammeItems programme;

    SessionRecordRepository(JdbcClient jdbc, ProgrammeItems programme) {
        this.jdbc = jdbc;
        this.programme = programme;
    }

    void insert(SessionRecord r, String contentHash) {
        jdbc.sql("insert into session_record (id, organisation_id, delegation_id, patient_id, author_id, author_band, "
                + "reviewer_id, performed_on, recorded_at, patient_response, pain_before, pain_after, tug_seconds, "
                + "chair_stand_count, note, status, requires_countersign, signed_at, version, content_hash) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .params(r.id(), r.organisationId(), r.delegationId(), r.patientId(), r.authorId(), r.authorBand(),
                        r.reviewerId(), r.performedOn(), Time.db(r.recordedAt()), r.patientResponse(), r.painBefore(),
                        r.painAfter(), r.tugSeconds(), r.chairStandCount(), r.note(), r.status().name(),
                        r.requiresCountersign(), Time.db(r.signedAt()), contentHash)
                .update();
        insertChildren(r);
    }

    /**
     * A record by the same worker for the same delegation and day saying exactly the same, recorded since
     * {@code since}:
     * the same record sent again. The caller holds the delegation's row lock, so two sent at once are seen in turn.
     */
    Optional<UUID> sameRecordedSince(SessionRecord r, String contentHash, Instant since) {
        return jdbc
                .sql("select id from session_record where organisation_id = ? and delegation_id = ? and author_id = ? "
                        + "and performed_on = ? and content_hash = ? and recorded_at >= ? order by recorded_at limit 1")
                .params(r.organisationId(), r.delegationId(), r.authorId(), r.performedOn(), contentHash,
                        Time.db(since))
                .query(UUID.class).optional();
    }

    /** Changes a draft from the version its author read; false when it was signed or changed meanwhile. */
    boolean updateDraft(SessionRecord r, int readVersion, String contentHash) {
        boolean updated = jdbc.sql("update session_record set patient_response = ?, pain_before = ?, pain_after = ?, "
                + "tug_seconds = ?, chair_stand_count = ?, note = ?, content_hash = ?, version = version + 1 "
                + "where organisation_id = ? and id = ? and status = 'DRAFT' and version = ?")
                .params(r.patientResponse(), r.painBefore(), r.painAfter(), r.tugSeconds(), r.chairStandCount(),
                        r.note(),
                        contentHash, r.organisationId(), r.id(), readVersion)
                .update() == 1;
        if (updated) {
            jdbc.sql("delete from session_activity where session_record_id = ?").param(r.id()).update();
            jdbc.sql("delete from session_goal_progress where session_record_id = ?").param(r.id()).update();
            insertChildren(r);
        }
        return updated;
    }

    private void insertChildren(SessionRecord r) {
        List<Object[]> activities = new ArrayList<>();
        for (int i = 0; i < r.activities().size(); i++) {
            NewSessionRecord.Activity a = r.activities().get(i);
            activities.add(new Object[]{r.id(), i + 1, a.activity().strip(), a.setsDone(), a.repetitionsDone(),
                    a.programmeItemId(), a.done(), a.prescribed()});
        }
        insertRows("insert into session_activity (session_record_id, position, activity, sets_done, "
                + "repetitions_done, programme_item_id, done, prescribed) values ", activities);
        insertRows("insert into session_goal_progress (session_record_id, goal_id, progress, note) values ",
                r.goalProgress().stream().map(p -> new Object[]{r.id(), p.goalId(), p.progress().name(), p.note()})
                        .toList());
    }

    /**
     * A record's lines in one multi-row insert: a JDBC batch is still one statement a line to PostgreSQL, and this is
     * the busiest write. The lines are few (the request's size is bounded).
     */
    private void insertRows(String insert, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String row = "(" + String.join(", ", Collections.nCopies(rows.getFirst().length, "?")) + ")";
        List<Object> params = new ArrayList<>();
        rows.forEach(values -> params.addAll(Arrays.asList(values)));
        jdbc.sql(insert + String.join(", ", Collections.nCopies(rows.size(), row))).params(params).update();
    }

    /** The author's unsigned records, oldest first (no children: My day shows only which and when). */
    List<SessionDrafts.Draft> draftsBy(UUID org, UUID authorId) {
        return jdbc.sql("select id, delegation_id, performed_on, recorded_at from session_record "
                + "where organisation_id = ? and author_id = ? and status = 'DRAFT' order by performed_on, recorded_at")
                .params(org, authorId)
                .query((rs, n) -> new SessionDrafts.Draft(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Signs a draft; zero rows means it was signed (or changed) by someone else first. */
    boolean markSigned(SessionRecord signed) {
        return jdbc.sql("update session_record set status = 'SIGNED', signed_at = ?, version = version + 1 "
                + "where organisation_id = ? and id = ? and status = 'DRAFT' and version = ?")
                .params(Time.db(signed.signedAt()), signed.organisationId(), signed.id(), signed.version())
                .update() == 1;
    }

    void insertCountersignature(UUID org, UUID recordId, SessionRecord.Countersignature c) {
        jdbc.sql("insert into session_countersignature (session_record_id, organisation_id, countersigned_by, "
                + "countersigned_at, note) values (?, ?, ?, ?, ?)")
                .params(recordId, org, c.by(), Time.db(c.at()), c.note()).update();
    }

    void insertAmendment(UUID org, UUID recordId, SessionRecord.Amendment a) {
        jdbc.sql(
                "insert into session_amendment (id, organisation_id, session_record_id, author_id, created_at, reason, text) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(a.id(), org, recordId, a.authorId(), Time.db(a.createdAt()), a.reason(), a.text()).update();
    }

    /** The active programme of an episode as prescribed now (item id → dose), copied into what was done. */
    Map<UUID, String> prescriptions(UUID org, UUID episodeId) {
        Map<UUID, String> out = new HashMap<>();
        if (episodeId == null) {
            return out;
        }
        programme.active(org, episodeId).forEach(item -> out.put(item.id(),
                Dose.describe(item.sets(), item.repetitions(), item.holdSeconds(), item.frequency())));
        return out;
    }

    Optional<SessionRecord> find(UUID org, UUID id) {
        return list("r.organisation_id = ? and r.id = ?", org, id).stream().findFirst();
    }

    /** One page of records matching {@code where}, in the given order (ending with a unique column). */
    Page<SessionRecord> page(PageRequest page, String where, String order, Object... params) {
        long total = jdbc.sql("select count(*) from session_record r left join session_countersignature c "
                + "on c.session_record_id = r.id where " + where)
                .params(params).query(Long.class).single();
        Object[] withPage = Arrays.copyOf(params, params.length + 2);
        withPage[params.length] = page.size();
        withPage[params.length + 1] = page.offset();
        return page.of(total, () -> list(where + " order by " + order + " limit ? offset ?", withPage));
    }

    List<SessionRecord> list(String where, Object... params) {
        List<SessionRecord> bare = jdbc.sql("select r.*, c.countersigned_by, c.countersigned_at, c.note as cs_note "
                + "from session_record r left join session_countersignature c on c.session_record_id = r.id "
                + "where " + where)
                .params(params).query(SessionRecordRepository::map).list();
        return withChildren(bare);
    }

    private List<SessionRecord> withChildren(List<SessionRecord> records) {
        if (records.isEmpty()) {
            return records;
        }
        List<UUID> ids = records.stream().map(SessionRecord::id).toList();
        Map<UUID, List<NewSessionRecord.Activity>> activities = new HashMap<>();
        jdbc.sql("select session_record_id, activity, sets_done, repetitions_done, programme_item_id, done, prescribed "
                + "from session_activity where session_record_id in (:ids) order by position")
                .param("ids", ids)
                .query(rs -> {
                    activities.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new NewSessionRecord.Activity(rs.getString(2), (Integer) rs.getObject(3),
                                    (Integer) rs.getObject(4), rs.getObject(5, UUID.class), (Boolean) rs.getObject(6),
                                    rs.getString(7)));
                });
        Map<UUID, List<SessionRecord.Progress>> progress = new HashMap<>();
        jdbc.sql(
                "select session_record_id, goal_id, progress, note from session_goal_progress where session_record_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    progress.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new SessionRecord.Progress(rs.getObject(2, UUID.class),
                                    GoalProgress.valueOf(rs.getString(3)), rs.getString(4)));
                });
        Map<UUID, List<SessionRecord.Amendment>> amendments = new HashMap<>();
        jdbc.sql("select session_record_id, id, author_id, created_at, reason, text from session_amendment "
                + "where session_record_id in (:ids) order by created_at")
                .param("ids", ids)
                .query(rs -> {
                    amendments.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new SessionRecord.Amendment(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                                    rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5),
                                    rs.getString(6)));
                });
        return records.stream().map(r -> new SessionRecord(r.id(), r.organisationId(), r.delegationId(), r.patientId(),
                r.authorId(), r.authorBand(), r.reviewerId(), r.performedOn(), r.recordedAt(), r.patientResponse(),
                r.painBefore(), r.painAfter(), r.tugSeconds(), r.chairStandCount(), r.note(), r.status(),
                r.requiresCountersign(), r.signedAt(), r.version(),
                List.copyOf(activities.getOrDefault(r.id(), List.of())),
                List.copyOf(progress.getOrDefault(r.id(), List.of())), r.countersignature(),
                List.copyOf(amendments.getOrDefault(r.id(), List.of())))).toList();
    }

    static SessionRecord map(ResultSet rs, int n) throws SQLException {
        UUID csBy = rs.getObject("countersigned_by", UUID.class);
        SessionRecord.Countersignature cs = csBy == null
                ? null
                : new SessionRecord.Countersignature(csBy,
                        rs.getObject("countersigned_at", OffsetDateTime.class).toInstant(), rs.getString("cs_note"));
        return new SessionRecord(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("delegation_id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("author_id", UUID.class), rs.getInt("author_band"),
                rs.getObject("reviewer_id", UUID.class),
                rs.getObject("performed_on", LocalDate.class),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("patient_response"), (Integer) rs.getObject("pain_before"),
                (Integer) rs.getObject("pain_after"), rs.getObject("tug_seconds", BigDecimal.class),
                (Integer) rs.getObject("chair_stand_count"), rs.getString("note"),
                SessionRecord.Status.valueOf(rs.getString("status")), rs.getBoolean("requires_countersign"),
                Time.instant(rs.getObject("signed_at", OffsetDateTime.class)), rs.getInt("version"),
                List.of(), List.of(), cs, List.of());
    }
}
