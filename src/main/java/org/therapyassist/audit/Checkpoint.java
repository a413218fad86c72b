package org.therapyassist.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A signed statement of where every hash chain of an organisation stood: each chain's last event and its hash, the
 * number of events, and the previous checkpoint's hash, so checkpoints form a chain of their own and the signature
 * on the newest covers every earlier one. The same text is kept in the database and in the anchor log.
 */
record Checkpoint(UUID organisationId, long number, Instant takenAt, long eventCount, String previousHash,
        List<Head> heads, String hash, String keyId, String signature) {

    /** Where one chain stood: its last event's sequence number and hash. */
    record Head(int partition, long seq, String hash) {
    }

    Checkpoint {
        heads = List.copyOf(heads);
    }

    static Checkpoint sign(UUID org, long number, Instant takenAt, String previousHash, List<Head> heads,
            CheckpointKey key) {
        long events = heads.stream().mapToLong(Head::seq).sum();
        String payload = payload(org, number, takenAt, events, previousHash, heads);
        return new Checkpoint(org, number, takenAt, events, previousHash, heads, sha256(payload), key.id(),
                key.sign(payload));
    }

    String payload() {
        return payload(organisationId, number, takenAt, eventCount, previousHash, heads);
    }

    /** Whether the stored hash is the hash of the stored content; false means a field was changed afterwards. */
    boolean hashMatches() {
        return sha256(payload()).equals(hash);
    }

    boolean signedBy(CheckpointKey key) {
        return hashMatches() && key.signed(payload(), keyId, signature);
    }

    Head head(int partition) {
        return heads.stream().filter(h -> h.partition() == partition).findFirst().orElse(null);
    }

    private static String payload(UUID org, long number, Instant takenAt, long events, String previousHash,
            List<Head> heads) {
        StringBuilder b = new StringBuilder("therapy-assist audit checkpoint v1\n")
                .append("organisation:").append(org).append('\n')
                .append("number:").append(number).append('\n')
                .append("taken-at:").append(takenAt.getEpochSecond()).append('.').append(takenAt.getNano()).append('\n')
                .append("events:").append(events).append('\n')
                .append("previous:").append(previousHash).append('\n');
        heads.stream().sorted(Comparator.comparingInt(Head::partition)).forEach(h -> b.append("head:")
                .append(h.partition()).append(':').append(h.seq()).append(':').append(h.hash()).append('\n'));
        return b.toString();
    }

    /** One line of the anchor log: the same fields, space separated, heads as partition:seq:hash joined by commas. */
    String line() {
        List<String> hs = heads.stream().map(h -> h.partition() + ":" + h.seq() + ":" + h.hash()).toList();
        return String.join(" ", "v1", organisationId.toString(), Long.toString(number), takenAt.toString(),
                Long.toString(eventCount), previousHash, hs.isEmpty() ? "-" : String.join(",", hs), hash, keyId,
                signature);
    }

    /** The checkpoint on a line of the anchor log, or null when the line is not one (e.g. cut short by a crash). */
    static Checkpoint parse(String line) {
        String[] f = line.trim().split(" ");
        if (f.length != 10 || !f[0].equals("v1")) {
            return null;
        }
        try {
            List<Head> heads = new ArrayList<>();
            if (!f[6].equals("-")) {
                for (String h : f[6].split(",")) {
                    String[] p = h.split(":");
                    heads.add(new Head(Integer.parseInt(p[0]), Long.parseLong(p[1]), p[2]));
                }
            }
            return new Checkpoint(UUID.fromString(f[1]), Long.parseLong(f[2]), Instant.parse(f[3]),
                    Long.parseLong(f[4]),
                    f[5], heads, f[7], f[8], f[9]);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present in the JDK", e);
        }
    }
}
