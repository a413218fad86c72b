package org.therapyassist.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Time;

/**
 * Appends audit events inside the caller's transaction (so an event exists exactly when the change it describes
 * committed) and verifies the chains. Appends lock the chain head row of their partition, in partition order.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int partitions;

    AuditTrail(JdbcClient jdbc, Clock clock, AuditProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.partitions = properties.chainPartitions();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    /** For events that must survive the caller's rollback, such as a refused attempt to open a record. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(AuditEntry entry) {
        // A chain of its own: the caller's transaction may still hold the lock of the patient's partition.
        append(List.of(entry), partitions);
    }

    /** Appends several events, for example one per patient shown on a worklist. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        append(entries, -1);
    }

    private void append(List<AuditEntry> entries, int fixedPartition) {
        if (entries.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID org = entries.getFirst().actor().organisationId();
        List<AuditEntry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparingInt(this::partitionOf));
        int current = -1;
        long seq = 0;
        String prev = null;
        for (AuditEntry e : ordered) {
            int partition = fixedPartition >= 0 ? fixedPartition : partitionOf(e);
            if (partition != current) {
                if (current >= 0) {
                    saveHead(org, current, seq, prev);
                }
                current = partition;
                Head head = lockHead(org, partition);
                seq = head.lastSeq();
                prev = head.lastHash();
            }
            seq++;
            prev = insert(org, partition, seq, prev, now, e);
        }
        saveHead(org, current, seq, prev);
    }

    private int partitionOf(AuditEntry e) {
        return AuditChain.partitionOf(e.patientId() != null ? e.patientId() : e.actor().staffId(), partitions);
    }

    private Head lockHead(UUID org, int partition) {
        jdbc.sql("insert into audit_chain_head (organisation_id, chain_partition, last_seq, last_hash) "
                        + "values (?, ?, 0, ?) on conflict do nothing")
                .params(org, partition, AuditChain.GENESIS).update();
        return jdbc.sql("select last_seq, last_hash from audit_chain_head "
                        + "where organisation_id = ? and chain_partition = ? for update")
                .params(org, partition)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    private void saveHead(UUID org, int partition, long seq, String hash) {
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where organisation_id = ? and chain_partition = ?")
                .params(seq, hash, org, partition).update();
    }

    private String insert(UUID org, int partition, long seq, String prev, Instant at, AuditEntry e) {
        var actor = e.actor();
        String detail = truncate(e.detail());
        String hash = AuditChain.hash(prev, org, partition, seq, at, actor.staffId(), actor.username(),
                actor.auditRole(), e.patientId(), e.action(), e.entityType(), e.entityId(), detail);
        jdbc.sql("insert into audit_event (id, organisation_id, chain_partition, seq, occurred_at, actor_id, "
                        + "actor_username, actor_role, patient_id, action, entity_type, entity_id, detail, prev_hash, hash) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), org, partition, seq, Time.db(at), actor.staffId(), actor.username(),
                        actor.auditRole(), e.patientId(), e.action(), e.entityType(), e.entityId(), detail,
                        prev, hash)
                .update();
        return hash;
    }

    /** A patient's trail for a team lead; looking at who looked is itself recorded. */
    @Transactional
    public List<AuditEvent> trailFor(org.therapyassist.platform.CurrentUser viewer, UUID patientId, int limit) {
        record(AuditEntry.of(viewer, patientId, "patient.view-audit-trail"));
        return forPatient(viewer.organisationId(), patientId, limit);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> forPatient(UUID organisationId, UUID patientId, int limit) {
        return jdbc.sql("select * from audit_event where organisation_id = ? and patient_id = ? "
                        + "order by occurred_at desc, seq desc limit ?")
                .params(organisationId, patientId, limit)
                .query(AuditTrail::event)
                .list();
    }

    /** Walks every chain of the organisation and reports each altered, inserted or missing event. */
    @Transactional(readOnly = true)
    public ChainVerification verify(UUID organisationId) {
        List<ChainVerification.Break> breaks = new ArrayList<>();
        long checked = 0;
        List<Head> heads = new ArrayList<>();
        List<Integer> parts = jdbc.sql("select chain_partition, last_seq, last_hash from audit_chain_head "
                        + "where organisation_id = ? order by chain_partition")
                .param(organisationId)
                .query((rs, n) -> {
                    heads.add(new Head(rs.getLong(2), rs.getString(3)));
                    return rs.getInt(1);
                })
                .list();
        for (int i = 0; i < parts.size(); i++) {
            int partition = parts.get(i);
            Walk walk = new Walk(organisationId, partition, breaks);
            jdbc.sql("select * from audit_event where organisation_id = ? and chain_partition = ? order by seq")
                    .params(organisationId, partition)
                    .query(rs -> {
                        walk.accept(rs);
                    });
            checked += walk.count;
            Head head = heads.get(i);
            if (walk.lastSeq != head.lastSeq() || !walk.prev.equals(head.lastHash())) {
                breaks.add(new ChainVerification.Break(partition, head.lastSeq(),
                        "the chain ends at event " + walk.lastSeq + " but its head records event " + head.lastSeq()
                                + ": events at the end were removed or added"));
            }
        }
        return new ChainVerification(breaks.isEmpty(), checked, List.copyOf(breaks));
    }

    private static final class Walk {
        final UUID org;
        final int partition;
        final List<ChainVerification.Break> breaks;
        long lastSeq = 0;
        String prev = AuditChain.GENESIS;
        long count = 0;

        Walk(UUID org, int partition, List<ChainVerification.Break> breaks) {
            this.org = org;
            this.partition = partition;
            this.breaks = breaks;
        }

        void accept(ResultSet rs) throws SQLException {
            count++;
            long seq = rs.getLong("seq");
            if (seq != lastSeq + 1) {
                breaks.add(new ChainVerification.Break(partition, seq,
                        "events " + (lastSeq + 1) + " to " + (seq - 1) + " are missing"));
            }
            String storedPrev = rs.getString("prev_hash");
            if (!storedPrev.equals(prev)) {
                breaks.add(new ChainVerification.Break(partition, seq, "does not follow the event before it"));
            }
            Instant at = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
            String expected = AuditChain.hash(storedPrev, org, partition, seq, at, rs.getObject("actor_id", UUID.class),
                    rs.getString("actor_username"), rs.getString("actor_role"), rs.getObject("patient_id", UUID.class),
                    rs.getString("action"), rs.getString("entity_type"), rs.getObject("entity_id", UUID.class),
                    rs.getString("detail"));
            String stored = rs.getString("hash");
            if (!expected.equals(stored)) {
                breaks.add(new ChainVerification.Break(partition, seq, "was altered after it was written"));
            }
            prev = stored;
            lastSeq = seq;
        }
    }

    private static AuditEvent event(ResultSet rs, int n) throws SQLException {
        return new AuditEvent(rs.getObject("id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
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
