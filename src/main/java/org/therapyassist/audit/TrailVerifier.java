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
                breaks.add(
                        new ChainVerification.Break("the anchor log's newest entry, checkpoint " + newest.get().number()
                                + ", does not carry this installation's signature (key " + key.id()
                                + "): the log was altered"));
                return null;
            }
            return newest.orElse(null);
        } catch (AnchorLog.Unreadable e) {
            breaks.add(new ChainVerification.Break(
                    "the anchor log holds no readable checkpoint: it was damaged or replaced"));
            return null;
        } catch (UncheckedIOException e) {
            breaks.add(new ChainVerification.Break("the anchor log cannot be read (" + e.getCause().getMessage()
                    + "), so the checkpoints cannot be checked against it"));
            return null;
        }
    }

    /** The newest checkpoint that can be trusted: signed with our key, and not behind the anchor log. */
    private Checkpoint reference(UUID org, Checkpoint anchored, Checkpoint newest,
            List<ChainVerification.Break> breaks) {
        boolean newestTrusted = newest != null && newest.signedBy(key);
        if (newest != null && !newestTrusted) {
            breaks.add(new ChainVerification.Break("checkpoint " + newest.number() + " (" + taken(newest)
                    + ") does not carry this installation's signature (key " + key.id()
                    + "): it was forged or altered"));
        }
        if (anchored == null) {
            if (newest != null) {
                breaks.add(new ChainVerification.Break("the database holds checkpoints up to number " + newest.number()
                        + " but the anchor log outside it has none: the anchor log was removed, or is not shared with this node"));
            }
            return newestTrusted ? newest : null;
        }
        Checkpoint stored = newest != null && newest.number() >= anchored.number()
                ? checkpoints.byNumber(org, anchored.number())
                : null;
        if (stored == null) {
            breaks.add(new ChainVerification.Break("checkpoint " + anchored.number() + " (" + taken(anchored) + ", "
                    + anchored.eventCount()
                    + " events) is in the anchor log but not in the database: checkpoints were deleted"));
        } else if (!Checkpoints.sameAs(stored, anchored)) {
            breaks.add(
                    new ChainVerification.Break("checkpoint " + anchored.number() + " in the database differs from the "
                            + "copy in the anchor log: it was altered"));
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
                breaks.add(new ChainVerification.Break(p, null,
                        "checkpoint " + reference.number() + " (" + taken(reference)
                                + ") recorded events 1 to " + signed.seq()
                                + " in this chain, but the chain and its head are gone: "
                                + "its events were removed"));
                continue;
            }
            ChainWalk walk = ChainWalk.from(org, p, 0, AuditChain.GENESIS, breaks);
            if (signed != null && signed.seq() <= head.seq()) {
                walk.to(jdbc, signed.seq());
                if (walk.lastSeq() == signed.seq() && !walk.lastHash().equals(signed.hash())) {
                    breaks.add(new ChainVerification.Break(p, signed.seq(), "no longer matches checkpoint "
                            + reference.number() + " (" + taken(reference) + "): the chain was rewritten after that "
                            + "checkpoint was signed"));
                }
            }
            walk.to(jdbc, head.seq());
            checked += walk.count();
            if (walk.lastSeq() != head.seq() || !walk.lastHash().equals(head.hash())) {
                breaks.add(new ChainVerification.Break(p, head.seq(), "the chain ends at event " + walk.lastSeq()
                        + " but its head records event " + head.seq() + ": events at the end were removed or added"));
            }
            if (signed != null && head.seq() < signed.seq()) {
                breaks.add(new ChainVerification.Break(p, signed.seq(), "checkpoint " + reference.number() + " ("
                        + taken(reference) + ") recorded this chain up to event " + signed.seq()
                        + ", but it now ends at event "
                        + head.seq() + ": events at the end were removed"));
            }
        }
        return checked;
    }

    private String taken(Checkpoint c) {
        return "taken " + fmt.dateTime(c.takenAt());
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
                breaks.add(
                        new ChainVerification.Break("checkpoint " + c.number() + " was altered after it was signed"));
            }
            if (c.number() != expected) {
                breaks.add(new ChainVerification.Break("checkpoints " + expected + " to " + (c.number() - 1)
                        + " are missing: they were deleted"));
            } else if (!c.previousHash().equals(newest == null ? AuditChain.GENESIS : newest.hash())) {
                breaks.add(new ChainVerification.Break(
                        "checkpoint " + c.number() + " does not follow the checkpoint before "
                                + "it: checkpoints were replaced"));
            }
            newest = c;
        }
    }
}
