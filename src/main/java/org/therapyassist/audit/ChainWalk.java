package org.therapyassist.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks one hash chain in sequence order from a known point (the start, or a checkpointed event), recomputing each
 * event's hash, and notes every gap, broken link or altered event. It reads only up to the given last event, so
 * events appended while it runs are left for the next walk.
 */
final class ChainWalk {

    private final UUID org;
    private final int partition;
    private final List<ChainVerification.Break> breaks;
    private long lastSeq;
    private String lastHash;
    private long count;

    private ChainWalk(UUID org, int partition, long fromSeq, String fromHash, List<ChainVerification.Break> breaks) {
        this.org = org;
        this.partition = partition;
        this.lastSeq = fromSeq;
        this.lastHash = fromHash;
        this.breaks = breaks;
    }

    /**
     * A walk that starts after event {@code fromSeq}, whose hash is {@code fromHash} (0 and the genesis hash: the
     * start).
     */
    static ChainWalk from(UUID org, int partition, long fromSeq, String fromHash,
            List<ChainVerification.Break> breaks) {
        return new ChainWalk(org, partition, fromSeq, fromHash, breaks);
    }

    /** Walks on from where the walk stands up to and including event {@code toSeq}. */
    ChainWalk to(JdbcClient jdbc, long toSeq) {
        jdbc.sql("select * from audit_event where organisation_id = ? and chain_partition = ? and seq > ? and seq <= ? "
                + "order by seq")
                .params(org, partition, lastSeq, toSeq)
                .query(this::accept);
        return this;
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    long count() {
        return count;
    }

    private void accept(ResultSet rs) throws SQLException {
        count++;
        long seq = rs.getLong("seq");
        if (seq != lastSeq + 1) {
            problem(seq, "events-missing", lastSeq + 1, seq - 1);
        }
        String storedPrev = rs.getString("prev_hash");
        if (!storedPrev.equals(lastHash)) {
            problem(seq, "event-out-of-line");
        }
        Instant at = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
        String expected = AuditChain.hash(storedPrev, org, partition, seq, at, rs.getObject("actor_id", UUID.class),
                rs.getString("actor_username"), rs.getString("actor_role"), rs.getObject("patient_id", UUID.class),
                rs.getString("action"), rs.getString("entity_type"), rs.getObject("entity_id", UUID.class),
                rs.getString("detail"));
        String stored = rs.getString("hash");
        if (!expected.equals(stored)) {
            problem(seq, "event-altered");
        }
        lastHash = stored;
        lastSeq = seq;
    }

    private void problem(long seq, String code, Object... args) {
        breaks.add(ChainVerification.Break.inChain(partition, seq, code, args));
    }
}
