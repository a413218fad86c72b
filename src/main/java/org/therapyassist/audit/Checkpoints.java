package org.therapyassist.audit;

import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.therapyassist.platform.Time;

/**
 * Takes and reads signed checkpoints. A checkpoint is signed only after proving that every chain head extends the
 * previous checkpoint's (the events in between are walked and their hashes recomputed), and only while the database
 * agrees with the anchor log: so a trail rewritten, cut or emptied is never signed as if it were genuine.
 */
@Component
class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final CheckpointKey key;
    private final AnchorLog anchor;
    private final Clock clock;

    Checkpoints(JdbcClient jdbc, PlatformTransactionManager transactions, CheckpointKey key, AnchorLog anchor,
            Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.key = key;
        this.anchor = anchor;
        this.clock = clock;
    }

    /** Organisations with an audit trail, for the scheduled run. */
    List<UUID> organisations() {
        return jdbc.sql("select distinct organisation_id from audit_chain_head").query(UUID.class).list();
    }

    /**
     * Signs where the organisation's chains stand now, if they moved since the last checkpoint and still extend it;
     * the new checkpoint goes into the database, then (once committed) into the anchor log. Empty when nothing was
     * taken: nothing moved, another node took the same checkpoint, or the trail no longer matches (logged; verification
     * says exactly how).
     */
    Optional<Checkpoint> take(UUID org) {
        Optional<Checkpoint> taken;
        try {
            Optional<Checkpoint> anchored = anchor.newest(org);
            taken = ownTransaction.execute(s -> takeInTransaction(org, anchored.orElse(null)));
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        } catch (Refused e) {
            log.warn("No audit checkpoint taken for organisation {}: {}", org, e.getMessage());
            return Optional.empty();
        } catch (AnchorLog.Unreadable | UncheckedIOException e) {
            log.error("No audit checkpoint taken for organisation {}: {}", org, e.getMessage());
            return Optional.empty();
        }
        try {
            taken.ifPresent(anchor::append);
        } catch (UncheckedIOException e) {
            // The checkpoint stands in the database, signed; the log simply lags one behind until the next append.
            log.error("Audit checkpoint {} of organisation {} is not in the anchor log: {}",
                    taken.get().number(), org, e.getMessage());
        }
        return taken;
    }

    private Optional<Checkpoint> takeInTransaction(UUID org, Checkpoint anchored) {
        Checkpoint previous = newest(org).orElse(null);
        if (anchored != null && (previous == null || !sameAs(byNumber(org, anchored.number()), anchored))) {
            throw new Refused(
                    "checkpoint " + anchored.number() + " of the anchor log is not in the database as written");
        }
        if (anchored == null && previous != null) {
            throw new Refused("the database holds checkpoints but the anchor log has none");
        }
        if (previous != null && !previous.signedBy(key)) {
            throw new Refused("checkpoint " + previous.number() + " is not signed with this installation's key");
        }
        Map<Integer, Checkpoint.Head> heads = heads(org);
        if (previous != null && heads.equals(byPartition(previous.heads()))) {
            return Optional.empty();
        }
        if (previous == null && heads.isEmpty()) {
            return Optional.empty();
        }
        proveExtends(org, previous, heads);
        Checkpoint next = Checkpoint.sign(org, previous == null ? 1 : previous.number() + 1,
                clock.instant().truncatedTo(ChronoUnit.MICROS), previous == null ? AuditChain.GENESIS : previous.hash(),
                List.copyOf(heads.values()), key);
        insert(next);
        return Optional.of(next);
    }

    /** Every chain of the previous checkpoint must still lead, event by event, to its head now. */
    private void proveExtends(UUID org, Checkpoint previous, Map<Integer, Checkpoint.Head> heads) {
        if (previous != null) {
            for (Checkpoint.Head was : previous.heads()) {
                Checkpoint.Head now = heads.get(was.partition());
                if (now == null || now.seq() < was.seq()) {
                    throw new Refused("chain " + was.partition() + " is shorter than checkpoint " + previous.number()
                            + " recorded");
                }
            }
        }
        for (Checkpoint.Head now : heads.values()) {
            Checkpoint.Head was = previous == null ? null : previous.head(now.partition());
            List<ChainVerification.Break> breaks = new ArrayList<>();
            ChainWalk walk = ChainWalk.from(org, now.partition(), was == null ? 0 : was.seq(),
                    was == null ? AuditChain.GENESIS : was.hash(), breaks).to(jdbc, now.seq());
            if (was != null && now.seq() == was.seq() && !now.hash().equals(was.hash())) {
                breaks.add(ChainVerification.Break.inChain(now.partition(), now.seq(), "head-moved"));
            }
            if (!breaks.isEmpty() || walk.lastSeq() != now.seq() || !walk.lastHash().equals(now.hash())) {
                throw new Refused("chain " + now.partition() + " does not lead from the previous checkpoint to its head"
                        + (breaks.isEmpty()
                                ? ""
                                : " (" + breaks.getFirst().where() + ": " + breaks.getFirst().problem() + ")"));
            }
        }
    }

    private void insert(Checkpoint c) {
        jdbc.sql(
                "insert into audit_checkpoint (organisation_id, number, taken_at, event_count, prev_hash, hash, key_id, "
                        + "signature) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.organisationId(), c.number(), Time.db(c.takenAt()), c.eventCount(), c.previousHash(),
                        c.hash(),
                        c.keyId(), c.signature())
                .update();
        for (Checkpoint.Head h : c.heads()) {
            jdbc.sql("insert into audit_checkpoint_head (organisation_id, number, chain_partition, seq, hash) "
                    + "values (?, ?, ?, ?, ?)")
                    .params(c.organisationId(), c.number(), h.partition(), h.seq(), h.hash())
                    .update();
        }
    }

    Map<Integer, Checkpoint.Head> heads(UUID org) {
        Map<Integer, Checkpoint.Head> heads = new TreeMap<>();
        jdbc.sql("select chain_partition, last_seq, last_hash from audit_chain_head where organisation_id = ?")
                .param(org)
                .query(rs -> {
                    heads.put(rs.getInt(1), new Checkpoint.Head(rs.getInt(1), rs.getLong(2), rs.getString(3)));
                });
        return heads;
    }

    Optional<Checkpoint> newest(UUID org) {
        return Optional
                .ofNullable(byNumber(org, jdbc.sql("select max(number) from audit_checkpoint where organisation_id = ?")
                        .param(org).query(Long.class).optional().orElse(null)));
    }

    Checkpoint byNumber(UUID org, Long number) {
        if (number == null) {
            return null;
        }
        List<Checkpoint> found = new ArrayList<>();
        read(org, "and c.number = ?", number, found::add);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Every checkpoint of the organisation in number order, one at a time. */
    void forEach(UUID org, Consumer<Checkpoint> each) {
        read(org, "", null, each);
    }

    private void read(UUID org, String filter, Long number, Consumer<Checkpoint> each) {
        var rows = new RowCallbackHandler() {
            Checkpoint current;
            final List<Checkpoint.Head> heads = new ArrayList<>();

            @Override
            public void processRow(ResultSet rs) throws SQLException {
                long n = rs.getLong("number");
                if (current != null && current.number() != n) {
                    flush();
                }
                if (current == null) {
                    current = new Checkpoint(org, n,
                            Time.instant(rs.getObject("taken_at", OffsetDateTime.class)),
                            rs.getLong("event_count"), rs.getString("prev_hash"), List.of(), rs.getString("hash"),
                            rs.getString("key_id"), rs.getString("signature"));
                }
                if (rs.getObject("chain_partition") != null) {
                    heads.add(new Checkpoint.Head(rs.getInt("chain_partition"), rs.getLong("seq"),
                            rs.getString("head_hash")));
                }
            }

            void flush() {
                if (current != null) {
                    each.accept(new Checkpoint(org, current.number(), current.takenAt(), current.eventCount(),
                            current.previousHash(), heads, current.hash(), current.keyId(), current.signature()));
                    current = null;
                    heads.clear();
                }
            }
        };
        String sql = "select c.number, c.taken_at, c.event_count, c.prev_hash, c.hash, c.key_id, c.signature, "
                + "h.chain_partition, h.seq, h.hash as head_hash from audit_checkpoint c "
                + "left join audit_checkpoint_head h on h.organisation_id = c.organisation_id and h.number = c.number "
                + "where c.organisation_id = ? " + filter + " order by c.number, h.chain_partition";
        var statement = jdbc.sql(sql).param(org);
        if (number != null) {
            statement = statement.param(number);
        }
        statement.query(rows);
        rows.flush();
    }

    static boolean sameAs(Checkpoint stored, Checkpoint other) {
        return stored != null && stored.hashMatches() && stored.hash().equals(other.hash())
                && stored.signature().equals(other.signature());
    }

    private static Map<Integer, Checkpoint.Head> byPartition(List<Checkpoint.Head> heads) {
        Map<Integer, Checkpoint.Head> map = new TreeMap<>();
        heads.forEach(h -> map.put(h.partition(), h));
        return map;
    }

    /** The trail does not match its checkpoints, so no new one is signed. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }
}
