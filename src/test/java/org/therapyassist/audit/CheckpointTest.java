package org.therapyassist.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed checkpoint, its key file and the anchor log, without a database (H48). */
class CheckpointTest {

    static final UUID ORG = UUID.randomUUID();
    static final Instant AT = Instant.parse("2026-11-23T10:05:00.123456Z");
    static final List<Checkpoint.Head> HEADS = List.of(new Checkpoint.Head(0, 12, "a".repeat(64)),
            new Checkpoint.Head(5, 3, "b".repeat(64)));

    @TempDir
    Path dir;

    @Test
    void theKeyIsCreatedOnFirstStartReadableByItsOwnerOnlyAndTheSameKeyIsLoadedAfterwards() throws Exception {
        Path file = dir.resolve("keys/audit-checkpoint.key");
        CheckpointKey first = CheckpointKey.loadOrCreate(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        Checkpoint signed = Checkpoint.sign(ORG, 1, AT, AuditChain.GENESIS, HEADS, first);
        CheckpointKey again = CheckpointKey.loadOrCreate(file);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(signed.signedBy(again)).isTrue();
    }

    @Test
    void aCheckpointWithAnyFieldChangedOrSignedWithAnotherKeyIsNotTrusted() {
        CheckpointKey key = new CheckpointKey(CheckpointKey.generate());
        Checkpoint c = Checkpoint.sign(ORG, 4, AT, "c".repeat(64), HEADS, key);
        assertThat(c.eventCount()).isEqualTo(15);
        assertThat(c.signedBy(key)).isTrue();
        Checkpoint shorter = new Checkpoint(ORG, 4, AT, c.eventCount(), c.previousHash(),
                List.of(new Checkpoint.Head(0, 10, "a".repeat(64)), HEADS.get(1)), c.hash(), c.keyId(), c.signature());
        assertThat(shorter.hashMatches()).isFalse();
        assertThat(shorter.signedBy(key)).isFalse();
        CheckpointKey other = new CheckpointKey(CheckpointKey.generate());
        assertThat(Checkpoint.sign(ORG, 4, AT, "c".repeat(64), HEADS, other).signedBy(key)).isFalse();
        assertThat(c.signedBy(other)).isFalse();
    }

    @Test
    void theAnchorLogGivesTheHighestNumberAndSkipsALineCutShortByACrash() throws Exception {
        CheckpointKey key = new CheckpointKey(CheckpointKey.generate());
        AnchorLog log = new AnchorLog(dir.resolve("anchor"));
        assertThat(log.newest(ORG)).isEmpty();
        Checkpoint one = Checkpoint.sign(ORG, 1, AT, AuditChain.GENESIS, HEADS, key);
        Checkpoint two = Checkpoint.sign(ORG, 2, AT.plusSeconds(300), one.hash(), HEADS, key);
        // Two nodes may append one after the other in either order.
        log.append(two);
        log.append(one);
        String torn = Checkpoint.sign(ORG, 3, AT.plusSeconds(600), two.hash(), HEADS, key).line();
        Files.writeString(log.fileOf(ORG), torn.substring(0, torn.length() / 2), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Checkpoint newest = log.newest(ORG).orElseThrow();
        assertThat(newest).isEqualTo(two);
        assertThat(newest.signedBy(key)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.fileOf(ORG))))
                .isEqualTo("rw-------");
    }
}
