package org.therapyassist.audit;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.web.Formats;

/**
 * Checks an organisation's trail: the signed checkpoints (each one's hash and its link to the one before; the newest's
 * signature, which through those links covers every earlier one), the newest against the anchor log outside the
 * database, and every chain walked event by event up to its head and held against the newest trusted checkpoint.
 * <p>
 * Reads go anchor log, checkpoints, heads, events, and each chain is walked only up to its head as read: everything
 * read later is at least as new as what was read before, so a check racing other people's writes still adds up.
 */
@Component
class TrailVerifier {

    private final JdbcClient jdbc;
    private final Checkpoints checkpoints;
    private final AnchorLog anchor;
    private final CheckpointKey key;
    private final Formats fmt;

    TrailVerifier(JdbcClient jdbc, Checkpoints checkpoints, AnchorLog anchor, CheckpointKey key, Formats fmt) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.anchor = anchor;
        this.key = key;
        this.fmt = fmt;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify(UUID org) {
        List<ChainVerification.Break> breaks = new ArrayList<>();
        Checkpoint anchored = anchored(org, breaks);
        CheckpointChain chain = new CheckpointChain(breaks);
        checkpoints.forEach(org, chain);
        Checkpoint reference = reference(org, anchored, chain.newest, breaks);
        Map<Integer, Checkpoint.Head> heads = checkpoints.heads(org);
        long checked = walkEveryChain(org, heads, reference, breaks);
        var status = new ChainVerification.CheckpointStatus(chain.count,
                reference == null ? null : reference.number(), reference == null ? null : reference.takenAt(),
                reference == null ? null : reference.eventCount(), reference != null && anchored != null
                        && Checkpoints.sameAs(reference, anchored),
                key.id(),
                Math.max(0, checked - (reference == null ? 0 : reference.eventCount())));
        return new ChainVerification(breaks.isEmpty(), checked, List.copyOf(breaks), status);
    }

    private Checkpoint anchored(UUID org, List<ChainVerification.Break> breaks) {
        try {
            Optional<Checkpoint> newest = anchor.newest(org);
            if (newest.isPresent() && !newest.get().signedBy(key)) {
                breaks.add(ChainVerification.Break.inCheckpoints("anchor-not-signed", newest.get().number(),
                        key.id()));
                return null;
            }
            return newest.orElse(null);
        } catch (AnchorLog.Unreadable e) {
            breaks.add(ChainVerification.Break.inCheckpoints("anchor-unreadable"));
            return null;
        } catch (UncheckedIOException e) {
            breaks.add(ChainVerification.Break.inCheckpoints("anchor-cannot-be-read", e.getCause().getMessage()));
            return null;
        }
    }

    /** The newest checkpoint that can be trusted: signed with our key, and not behind the anchor log. */
    private Checkpoint reference(UUID org, Checkpoint anchored, Checkpoint newest,
            List<ChainVerification.Break> breaks) {
        boolean newestTrusted = newest != null && newest.signedBy(key);
        if (newest != null && !newestTrusted) {
            breaks.add(ChainVerification.Break.inCheckpoints("checkpoint-not-signed", newest.number(), taken(newest),
                    key.id()));
        }
        if (anchored == null) {
            if (newest != null) {
                breaks.add(ChainVerification.Break.inCheckpoints("anchor-log-missing", newest.number()));
            }
            return newestTrusted ? newest : null;
        }
        Checkpoint stored = newest != null && newest.number() >= anchored.number()
                ? checkpoints.byNumber(org, anchored.number())
                : null;
        if (stored == null) {
            breaks.add(ChainVerification.Break.inCheckpoints("checkpoint-deleted", anchored.number(), taken(anchored),
                    anchored.eventCount()));
        } else if (!Checkpoints.sameAs(stored, anchored)) {
            breaks.add(ChainVerification.Break.inCheckpoints("checkpoint-differs", anchored.number()));
        }
        return newestTrusted && newest.number() >= anchored.number() ? newest : anchored;
    }

    private long walkEveryChain(UUID org, Map<Integer, Checkpoint.Head> heads, Checkpoint reference,
            List<ChainVerification.Break> breaks) {
        TreeSet<Integer> partitions = new TreeSet<>(heads.keySet());
        if (reference != null) {
            reference.heads().forEach(h -> partitions.add(h.partition()));
        }
        long checked = 0;
        for (int p : partitions) {
            Checkpoint.Head head = heads.get(p);
            Checkpoint.Head signed = reference == null ? null : reference.head(p);
            if (head == null) {
                breaks.add(ChainVerification.Break.inChain(p, null, "chain-gone", reference.number(), taken(reference),
                        signed.seq()));
                continue;
            }
            ChainWalk walk = ChainWalk.from(org, p, 0, AuditChain.GENESIS, breaks);
            if (signed != null && signed.seq() <= head.seq()) {
                walk.to(jdbc, signed.seq());
                if (walk.lastSeq() == signed.seq() && !walk.lastHash().equals(signed.hash())) {
                    breaks.add(ChainVerification.Break.inChain(p, signed.seq(), "chain-rewritten", reference.number(),
                            taken(reference)));
                }
            }
            walk.to(jdbc, head.seq());
            checked += walk.count();
            if (walk.lastSeq() != head.seq() || !walk.lastHash().equals(head.hash())) {
                breaks.add(ChainVerification.Break.inChain(p, head.seq(), "head-mismatch", walk.lastSeq(), head.seq()));
            }
            if (signed != null && head.seq() < signed.seq()) {
                breaks.add(ChainVerification.Break.inChain(p, signed.seq(), "chain-shortened", reference.number(),
                        taken(reference), signed.seq(), head.seq()));
            }
        }
        return checked;
    }

    /** When a checkpoint was taken, as the reader writes dates; the message around it says "taken". */
    private String taken(Checkpoint c) {
        return fmt.dateTime(c.takenAt());
    }

    /** Follows the checkpoints in number order: each unchanged since it was hashed, and linked to the one before. */
    private static final class CheckpointChain implements Consumer<Checkpoint> {
        final List<ChainVerification.Break> breaks;
        Checkpoint newest;
        long count;

        CheckpointChain(List<ChainVerification.Break> breaks) {
            this.breaks = breaks;
        }

        @Override
        public void accept(Checkpoint c) {
            count++;
            long expected = newest == null ? 1 : newest.number() + 1;
            if (!c.hashMatches()) {
                breaks.add(ChainVerification.Break.inCheckpoints("checkpoint-altered", c.number()));
            }
            if (c.number() != expected) {
                breaks.add(ChainVerification.Break.inCheckpoints("checkpoints-missing", expected, c.number() - 1));
            } else if (!c.previousHash().equals(newest == null ? AuditChain.GENESIS : newest.hash())) {
                breaks.add(ChainVerification.Break.inCheckpoints("checkpoint-out-of-line", c.number()));
            }
            newest = c;
        }
    }
}
