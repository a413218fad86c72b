package org.therapyassist.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The result of checking an organisation's audit trail: every hash chain walked, and the chains held against the
 * newest signed checkpoint and the anchor log outside the database.
 */
public record ChainVerification(boolean intact, long eventsChecked, List<Break> breaks, CheckpointStatus checkpoint) {

    /**
     * Where the trail stops adding up and why, in plain English. {@code partition} and {@code seq} say which chain and
     * event, and are empty when the problem is with the checkpoints themselves.
     */
    @Schema(name = "ChainBreak")
    public record Break(Integer partition, Long seq, String problem) {

        Break(String problem) {
            this(null, null, problem);
        }

        /** "Chain 3, event 17", "Chain 3" or "Checkpoints", for the page. */
        public String where() {
            if (partition == null) {
                return "Checkpoints";
            }
            return seq == null ? "Chain " + partition : "Chain " + partition + ", event " + seq;
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
