package org.therapyassist.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Time;

/**
 * Appends audit events inside the caller's transaction (so an event exists exactly when the change it describes
 * committed) and verifies the chains. Appends lock the chain head row of their partition, in partition order.
 * Verification ({@link TrailVerifier}) and signed checkpoints ({@link Checkpoints}) live beside it.
 */
@Service
public class AuditTrail {

    private static final String INSERT = "insert into audit_event (id, organisation_id, chain_partition, seq, "
            + "occurred_at, actor_id, actor_username, actor_role, patient_id, action, entity_type, entity_id, detail, "
            + "prev_hash, hash) values ";
    private static final int COLUMNS = 15;
    private static final String ROW = "(" + String.join(", ", Collections.nCopies(COLUMNS, "?")) + ")";
    /** PostgreSQL takes at most 65,535 parameters in one statement; this stays well below. */
    private static final int ROWS_PER_INSERT = 1_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int partitions;
    private final Checkpoints checkpoints;
    private final TrailVerifier verifier;

    AuditTrail(JdbcClient jdbc, Clock clock,
            AuditProperties properties,
            Checkpoints checkpoints, TrailVerifier verifier) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.partitions = properties.chainPartitions();
        this.checkpoints = checkpoints;
        this.verifier = verifier;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    /** For events that must survive the caller's rollback, such as a refused attempt to open a record. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(AuditEntry entry) {
        // A chain of its own: the caller's transaction may still hold the lock of the patient's partition.
        append(List.of(new Timed(entry, clock.instant().truncatedTo(ChronoUnit.MICROS))), partitions);
    }

    /**
     * Appends several events, for example one per patient shown on a worklist. They are written just before the
     * caller's transaction commits, in that transaction: so they exist exactly when the work does, and the chain
     * locks are held for the commit only, not for the whole request.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        pending().addAll(entries.stream().map(e -> new Timed(e, now)).toList());
    }

    private List<Timed> pending() {
        @SuppressWarnings("unchecked")
        List<Timed> buffer = (List<Timed>) TransactionSynchronizationManager.getResource(this);
        if (buffer == null) {
            List<Timed> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    append(created, -1);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
                }
            });
            buffer = created;
        }
        return buffer;
    }

    private record Timed(AuditEntry entry, Instant at) {
    }

    private void append(List<Timed> timed, int fixedPartition) {
        if (timed.isEmpty()) {
            return;
        }
        UUID org = timed.getFirst().entry().actor().organisationId();
        // Partitions are locked in ascending order, so two transactions can never wait on each other in a cycle.
        TreeMap<Integer, List<Timed>> byPartition = new TreeMap<>();
        for (Timed t : timed) {
            int partition = fixedPartition >= 0 ? fixedPartition : partitionOf(t.entry());
            byPartition.computeIfAbsent(partition, k -> new ArrayList<>()).add(t);
        }
        byPartition.forEach((partition, events) -> {
            Head head = lockHead(org, partition);
            long seq = head.lastSeq();
            String prev = head.lastHash();
            List<Object[]> rows = new ArrayList<>(events.size());
            for (Timed t : events) {
                seq++;
                Object[] row = row(org, partition, seq, prev, t.at(), t.entry());
                rows.add(row);
                prev = (String) row[row.length - 1];
            }
            insert(rows);
            saveHead(org, partition, seq, prev);
        });
    }

    /**
     * Chains are keyed by the person acting: one request touches one chain head, and two requests only queue on the
     * same lock when the same person makes both. A patient's trail is read by patient id across chains.
     */
    private int partitionOf(AuditEntry e) {
        return AuditChain.partitionOf(e.actor().staffId(), partitions);
    }

    private Head lockHead(UUID org, int partition) {
        var head = selectHeadForUpdate(org, partition);
        if (head.isPresent()) {
            return head.get();
        }
        // First event of this chain: create its head (racing creators are harmless) and lock it.
        jdbc.sql("insert into audit_chain_head (organisation_id, chain_partition, last_seq, last_hash) "
                + "values (?, ?, 0, ?) on conflict do nothing")
                .params(org, partition, AuditChain.GENESIS).update();
        return selectHeadForUpdate(org, partition).orElseThrow();
    }

    private Optional<Head> selectHeadForUpdate(UUID org, int partition) {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head "
                + "where organisation_id = ? and chain_partition = ? for update")
                .params(org, partition)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /**
     * All of a chain's new events in one multi-row insert (a few, if there are very many): a worklist of twenty
     * patients is one statement, not twenty. A JDBC batch would still be twenty statements to PostgreSQL unless the
     * driver is told to rewrite it, which the benchmark and a deployment's URL should not have to remember.
     */
    private void insert(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            List<Object> params = new ArrayList<>(chunk.size() * COLUMNS);
            chunk.forEach(row -> params.addAll(Arrays.asList(row)));
            jdbc.sql(INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW))).params(params).update();
        }
    }

    private void saveHead(UUID org, int partition, long seq, String hash) {
        jdbc.sql(
                "update audit_chain_head set last_seq = ?, last_hash = ? where organisation_id = ? and chain_partition = ?")
                .params(seq, hash, org, partition).update();
    }

    private static Object[] row(UUID org, int partition, long seq, String prev, Instant at, AuditEntry e) {
        var actor = e.actor();
        String detail = truncate(e.detail());
        String hash = AuditChain.hash(prev, org, partition, seq, at, actor.staffId(), actor.username(),
                actor.auditRole(), e.patientId(), e.action(), e.entityType(), e.entityId(), detail);
        return new Object[]{Ids.newId(), org, partition, seq, Time.db(at), actor.staffId(), actor.username(),
                actor.auditRole(), e.patientId(), e.action(), e.entityType(), e.entityId(), detail, prev, hash};
    }

    /** A patient's trail for a team lead; looking at who looked is itself recorded. */
    @Transactional
    public Page<AuditEvent> trailFor(CurrentUser viewer, UUID patientId, PageRequest page) {
        record(AuditEntry.of(viewer, patientId, "patient.view-audit-trail"));
        return PagedQuery.of(jdbc, page, "select *", "from audit_event where organisation_id = ? and patient_id = ?",
                "occurred_at desc, seq desc, id desc", AuditTrail::event, viewer.organisationId(), patientId);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> forPatient(UUID organisationId, UUID patientId, int limit) {
        return jdbc.sql("select * from audit_event where organisation_id = ? and patient_id = ? "
                + "order by occurred_at desc, seq desc limit ?")
                .params(organisationId, patientId, limit)
                .query(AuditTrail::event)
                .list();
    }

    /**
     * Checks the organisation's trail: first signs a checkpoint of where its chains stand (if they moved and still
     * extend the last one), then walks every chain and holds it against the checkpoints and the anchor log.
     */
    public ChainVerification verify(UUID organisationId) {
        checkpoints.take(organisationId);
        return verifier.verify(organisationId);
    }

    private static AuditEvent event(ResultSet rs, int n) throws SQLException {
        return new AuditEvent(rs.getObject("id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_username"), rs.getString("actor_role"), rs.getObject("patient_id", UUID.class),
                rs.getString("action"), rs.getString("entity_type"), rs.getObject("entity_id", UUID.class),
                rs.getString("detail"), rs.getInt("chain_partition"), rs.getLong("seq"));
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }

    private record Head(long lastSeq, String lastHash) {
    }
}
