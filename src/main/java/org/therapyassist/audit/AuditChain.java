package org.therapyassist.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * The hash rule of the chain, kept free of Spring and SQL so it can be tested on its own: each event's hash covers
 * its own fields and the previous event's hash, so changing or removing any event breaks every later link.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String prevHash, UUID organisationId, int partition, long seq, Instant occurredAt,
            UUID actorId, String actorUsername, String actorRole, UUID patientId, String action, String entityType,
            UUID entityId, String detail) {
        // Each field is length-prefixed, so no value can borrow characters from its neighbour to forge another event.
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[]{prevHash, organisationId, partition, seq, occurredAt.getEpochSecond(),
                occurredAt.getNano(), actorId, actorUsername, actorRole, patientId, action, entityType, entityId,
                detail}) {
            String value = field == null ? "" : field.toString();
            canonical.append(field == null ? -1 : value.length()).append(':').append(value).append(';');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present in the JDK", e);
        }
    }

    public static int partitionOf(UUID key, int partitions) {
        return Math.floorMod(Objects.hashCode(key), partitions);
    }
}
