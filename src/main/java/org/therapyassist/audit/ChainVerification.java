package org.therapyassist.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.therapyassist.platform.web.Messages;

/**
 * The result of checking an organisation's audit trail: every hash chain walked, and the chains held against the
 * newest signed checkpoint and the anchor log outside the database.
 */
public record ChainVerification(boolean intact, long eventsChecked, List<Break> breaks, CheckpointStatus checkpoint) {

    /**
     * Where the trail stops adding up and why, in the reader's language. {@code partition} and {@code seq} say which
     * chain and event, and are empty when the problem is with the checkpoints themselves; {@code code} names the kind
     * of break ({@code event-altered}) and is the same in every language.
     */
    @Schema(name = "ChainBreak")
    public record Break(Integer partition, Long seq, String code, String problem) {

        /** A break in the checkpoints, its words from {@code audit.break.<code>} with the arguments. */
        static Break inCheckpoints(String code, Object... args) {
            return new Break(null, null, code, Messages.text("audit.break." + code, args));
        }

        /** A break in a chain (at an event, or the chain as a whole when {@code seq} is null). */
        static Break inChain(int partition, Long seq, String code, Object... args) {
            return new Break(partition, seq, code, Messages.text("audit.break." + code, args));
        }

        /** "Chain 3, event 17", "Chain 3" or "Checkpoints", for the page. */
        public String where() {
            if (partition == null) {
                return Messages.text("audit.break.where.checkpoints");
            }
            return seq == null
                    ? Messages.text("audit.break.where.chain", partition)
                    : Messages.text("audit.break.where.event", partition, seq);
        }
    }

    /**
     * What the signed checkpoints say. {@code checked}: how many were checked; {@code latest*}: the newest in the
     * database (empty before the first); {@code inAnchorLog}: whether the anchor log outside the database holds that
     * same checkpoint; {@code keyId}: the signing key's fingerprint; {@code eventsSinceLatest}: events written after
     * it,
     * which no checkpoint protects yet.
     */
    public record CheckpointStatus(long checked, Long latestNumber, Instant latestTakenAt, Long latestEvents,
            boolean inAnchorLog, String keyId, long eventsSinceLatest) {
    }
}
